package ru.opora.documents;

import java.util.ArrayList;
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
		List<ChecklistItem> items = new ArrayList<>(2);
		for (ChecklistItem item : this.shown) {
			if (item.kind() == kind) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * Whether the school owes or has a document of this kind at all (an empty matrix cell
	 * otherwise shows a dash).
	 */
	public boolean has(DocumentKind kind) {
		for (ChecklistItem item : this.school.items()) {
			if (item.kind() == kind) {
				return true;
			}
		}
		return false;
	}

}
