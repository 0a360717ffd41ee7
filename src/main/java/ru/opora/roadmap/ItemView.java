package ru.opora.roadmap;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A road-map row as the page shows it.
 */
public record ItemView(Long id, Long sectionId, int position, String task, String action, LocalDate dueDate,
		String dueText, String responsible, String participants, String indicator, String expectedResult,
		MeasureStatus status, String postponeReason, String doneMark, DueState dueState, String updatedBy,
		LocalDateTime updatedAt, long version, int evidenceCount, int commentCount) {

	/**
	 * The cell's value as text (what the editor starts with).
	 */
	public String value(ItemField field) {
		return switch (field) {
			case TASK -> this.task;
			case ACTION -> this.action;
			case DUE -> RoadMapItem.dueAsText(this.dueDate, this.dueText);
			case RESPONSIBLE -> this.responsible;
			case PARTICIPANTS -> this.participants;
			case INDICATOR -> this.indicator;
			case EXPECTED_RESULT -> this.expectedResult;
			case STATUS -> this.status.name();
			case DONE_MARK -> this.doneMark;
		};
	}

	/**
	 * A row nobody has filled in yet (as «+ строка» adds it): it does not count in
	 * progress.
	 */
	public boolean blank() {
		return this.status == MeasureStatus.NOT_STARTED && isBlank(this.task) && isBlank(this.action)
				&& this.dueDate == null && isBlank(this.dueText) && isBlank(this.responsible)
				&& isBlank(this.participants) && isBlank(this.indicator) && isBlank(this.expectedResult)
				&& isBlank(this.doneMark);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
