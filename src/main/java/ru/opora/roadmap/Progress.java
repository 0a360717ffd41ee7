package ru.opora.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Progress of a set of rows: percent done, counts, and the RAG the rules suggest. Rows
 * nobody has filled in yet are not counted.
 */
public record Progress(int total, int done, int percentDone, int overdue, int dueSoon, Rag suggestedRag) {

	static Progress of(Collection<ItemView> rows) {
		List<ItemView> items = rows.stream().filter((i) -> !i.blank()).toList();
		List<MeasureStatus> statuses = items.stream().map(ItemView::status).toList();
		List<DueState> due = items.stream().map(ItemView::dueState).toList();
		return new Progress(items.size(), (int) statuses.stream().filter((s) -> s == MeasureStatus.DONE).count(),
				ProgressRules.percentDone(statuses), (int) due.stream().filter((d) -> d == DueState.OVERDUE).count(),
				(int) due.stream().filter((d) -> d == DueState.DUE_SOON).count(),
				ProgressRules.suggestedRag(statuses, due));
	}

	static Progress of(List<MeasureStatus> statuses, List<LocalDate> dues, LocalDate today) {
		List<DueState> due = new java.util.ArrayList<>();
		for (int i = 0; i < statuses.size(); i++) {
			due.add(ProgressRules.dueState(dues.get(i), statuses.get(i), today));
		}
		return new Progress(statuses.size(), (int) statuses.stream().filter((s) -> s == MeasureStatus.DONE).count(),
				ProgressRules.percentDone(statuses), (int) due.stream().filter((d) -> d == DueState.OVERDUE).count(),
				(int) due.stream().filter((d) -> d == DueState.DUE_SOON).count(),
				ProgressRules.suggestedRag(statuses, due));
	}

}
