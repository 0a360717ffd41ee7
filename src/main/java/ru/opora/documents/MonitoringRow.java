package ru.opora.documents;

import java.util.List;

/**
 * A school's line in «Документы школ»: its whole checklist (the counts never change with
 * a filter), the items the filter shows, and its curators.
 */
public record MonitoringRow(SchoolChecklist school, List<ChecklistItem> shown, String curators) {

	/**
	 * The items shown of one kind (a matrix cell; several for anti-risk programmes).
	 */
	public List<ChecklistItem> shown(DocumentKind kind) {
		return this.shown.stream().filter((i) -> i.kind() == kind).toList();
	}

	/**
	 * Whether the school owes or has a document of this kind at all (an empty matrix cell
	 * otherwise shows a dash).
	 */
	public boolean has(DocumentKind kind) {
		return this.school.items().stream().anyMatch((i) -> i.kind() == kind);
	}

	/**
	 * The matrix cells of the given columns, worked out once in Java: the page writes
	 * each cell's markup as it is (a matrix of 50 schools × 6 documents costs a few
	 * attributes per cell instead of a dozen expressions per item).
	 */
	public List<Cell> cells(List<DocumentKind> columns, CellMarkup markup) {
		return columns.stream().map((kind) -> {
			List<ChecklistItem> items = shown(kind);
			return new Cell(items.stream().anyMatch((i) -> i.deadline() == ChecklistItem.Deadline.OVERDUE),
					markup.of(items, has(kind)));
		}).toList();
	}

	/**
	 * One matrix cell: whether one of its items is overdue, and its escaped markup.
	 */
	public record Cell(boolean overdue, String html) {

	}

	/**
	 * Writes a matrix cell's markup: each item's status badge (a link to the document
	 * when there is one; the risk factor as its title), «просрочено» after an overdue
	 * one; a dash when the school has no document of the kind. Texts are escaped.
	 */
	public interface CellMarkup {

		String of(List<ChecklistItem> items, boolean has);

	}

}
