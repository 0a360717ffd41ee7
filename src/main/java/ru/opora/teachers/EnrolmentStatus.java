package ru.opora.teachers;

import java.util.EnumSet;
import java.util.Set;

/**
 * A teacher on a course: запланирован → проходит → завершён / не завершён. A course not
 * completed may be resumed, and a completed one reopened (e.g. marked by mistake).
 */
enum EnrolmentStatus {

	PLANNED, IN_PROGRESS, COMPLETED, NOT_COMPLETED;

	/**
	 * The statuses this one may change to.
	 */
	Set<EnrolmentStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(IN_PROGRESS, NOT_COMPLETED);
			case IN_PROGRESS -> EnumSet.of(COMPLETED, NOT_COMPLETED);
			case COMPLETED -> EnumSet.of(IN_PROGRESS);
			case NOT_COMPLETED -> EnumSet.of(IN_PROGRESS);
		};
	}

	boolean isFinished() {
		return this == COMPLETED || this == NOT_COMPLETED;
	}

}
