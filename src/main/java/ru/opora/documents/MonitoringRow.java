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

}
