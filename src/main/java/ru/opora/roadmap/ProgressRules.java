package ru.opora.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import ru.opora.tabular.CellValues;

/**
 * The pure rules of road-map progress: deadlines, percentage done, suggested RAG and
 * inactivity. Everything takes «today» or «now» from a {@link Clock}, so tests fix it.
 */
public final class ProgressRules {

	/** Rows due within this many days are «скоро срок». */
	public static final int DUE_SOON_DAYS = 14;

	/** A school road map without a change for this long is «нет активности». */
	public static final int INACTIVE_DAYS = 30;

	private ProgressRules() {
	}

	public static DueState dueState(LocalDate due, MeasureStatus status, LocalDate today) {
		if (due == null || status == null || status.closed()) {
			return DueState.NONE;
		}
		if (due.isBefore(today)) {
			return DueState.OVERDUE;
		}
		if (!due.isAfter(today.plusDays(DUE_SOON_DAYS))) {
			return DueState.DUE_SOON;
		}
		return DueState.NONE;
	}

	/**
	 * Whole percent of rows done (rounded down, so 100 % means all of them); 0 without
	 * rows.
	 */
	public static int percentDone(Collection<MeasureStatus> statuses) {
		if (statuses.isEmpty()) {
			return 0;
		}
		long done = statuses.stream().filter((s) -> s == MeasureStatus.DONE).count();
		return (int) (done * 100 / statuses.size());
	}

	/**
	 * The RAG the portal suggests at a review (the reviewer decides and explains): red if
	 * a row is overdue or not done, amber if one is due soon or postponed, green
	 * otherwise.
	 */
	public static Rag suggestedRag(Collection<MeasureStatus> statuses, Collection<DueState> dueStates) {
		if (dueStates.contains(DueState.OVERDUE) || statuses.contains(MeasureStatus.NOT_DONE)) {
			return Rag.RED;
		}
		if (dueStates.contains(DueState.DUE_SOON) || statuses.contains(MeasureStatus.POSTPONED)) {
			return Rag.AMBER;
		}
		return Rag.GREEN;
	}

	/**
	 * The worst of several RAG judgements (null when there is none).
	 */
	public static Rag worst(Collection<Rag> rags) {
		return rags.stream().filter(java.util.Objects::nonNull).min(Enum::compareTo).orElse(null);
	}

	public static boolean inactive(Instant lastActivity, Clock clock) {
		return lastActivity == null || lastActivity.isBefore(clock.instant().minus(Duration.ofDays(INACTIVE_DAYS)));
	}

	public static boolean reviewOverdue(LocalDate nextReview, LocalDate today) {
		return nextReview != null && nextReview.isBefore(today);
	}

	/**
	 * A deadline as people write it: a date (31.05.2026, 2026-05-31) or a period
	 * («январь–февраль», «в течение всего периода»). Returns the date, or null for a
	 * period.
	 */
	public static LocalDate parseDue(String text) {
		return CellValues.parseDate(text);
	}

	/**
	 * The one rule for a deadline typed into a cell or read by the import: a text shaped
	 * like a date must be a real date (31.02.2027 is refused); anything else is a period.
	 * @return true when the text is shaped like a date but no such day exists
	 */
	public static boolean impossibleDate(String text) {
		return CellValues.impossibleDate(text);
	}

}
