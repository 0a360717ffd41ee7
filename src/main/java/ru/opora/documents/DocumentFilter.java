package ru.opora.documents;

/**
 * What «Документы школ» can be filtered by: a document status, «не загружен» (nothing
 * uploaded yet) or «просрочено» (the deadline passed before approval). Shown through
 * {@code DocumentFilter.<CONSTANT>}.
 */
public enum DocumentFilter {

	MISSING, DRAFT, SUBMITTED, RETURNED, APPROVED, OVERDUE;

	boolean matches(ChecklistItem item) {
		return switch (this) {
			case MISSING -> item.status() == null;
			case OVERDUE -> item.deadline() == ChecklistItem.Deadline.OVERDUE;
			default -> item.status() != null && item.status().name().equals(name());
		};
	}

}
