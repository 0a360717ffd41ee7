package ru.opora.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

import ru.opora.riskprofile.RiskFactorView;

/**
 * One line of a school's checklist: a document it owes (or may send), and where it
 * stands. {@code documentId} and {@code status} are null while nothing was uploaded.
 */
public record ChecklistItem(DocumentKind kind, RiskFactorView riskFactor, Long documentId, DocumentStatus status,
		int versionsCount, LocalDateTime updatedAt, LocalDate dueDate, Deadline deadline) {

	/**
	 * How a deadline stands: none, far, within a week, passed.
	 */
	public enum Deadline {

		NONE, OK, SOON, OVERDUE

	}

	/**
	 * The Bootstrap classes of the status badge (as
	 * {@code documents/fragments :: status}).
	 */
	public String badgeClass() {
		if (this.status == null) {
			return "badge text-bg-light border";
		}
		return switch (this.status) {
			case APPROVED -> "badge text-bg-success";
			case RETURNED -> "badge text-bg-danger";
			case SUBMITTED -> "badge text-bg-primary";
			default -> "badge text-bg-secondary";
		};
	}

	/**
	 * The message key of the status badge's text.
	 */
	public String statusKey() {
		return (this.status != null) ? "DocumentStatus." + this.status : "documents.status.none";
	}

}
