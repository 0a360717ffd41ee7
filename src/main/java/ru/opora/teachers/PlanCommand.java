package ru.opora.teachers;

import java.util.Set;

/**
 * What the plan form says: the deficits (competence areas), the goals and the mentor
 * teacher (or none).
 */
record PlanCommand(Set<Long> areaIds, String goals, Long mentorTeacherId) {

	PlanCommand {
		areaIds = Set.copyOf(areaIds);
	}

}
