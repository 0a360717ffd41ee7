package ru.opora.mentoring;

import java.time.LocalDate;

/**
 * An assignment as the pages show it.
 */
public record AssignmentView(Long id, Long curatorId, String curatorName, String curatorPosition, Long schoolId,
		String schoolName, LocalDate startsOn, LocalDate endsOn, boolean active) {

}
