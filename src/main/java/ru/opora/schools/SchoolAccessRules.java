package ru.opora.schools;

import java.util.Objects;
import java.util.Set;

import ru.opora.users.CurrentUser;

/**
 * The access rule as a pure function, so that it can be tested case by case.
 */
final class SchoolAccessRules {

	private SchoolAccessRules() {
	}

	static boolean canView(CurrentUser user, SchoolLocation school, Set<Long> curatorSchoolIds) {
		return switch (user.role()) {
			case ADMIN -> true;
			case REGIONAL_OBSERVER -> user.regionId() != null && Objects.equals(user.regionId(), school.regionId());
			case COORDINATOR ->
				user.municipalityId() != null && Objects.equals(user.municipalityId(), school.municipalityId());
			case CURATOR -> curatorSchoolIds.contains(school.schoolId());
			case SCHOOL -> user.schoolId() != null && Objects.equals(user.schoolId(), school.schoolId());
		};
	}

	static boolean canEdit(CurrentUser user, SchoolLocation school) {
		return switch (user.role()) {
			case ADMIN -> true;
			case COORDINATOR ->
				user.municipalityId() != null && Objects.equals(user.municipalityId(), school.municipalityId());
			default -> false;
		};
	}

}
