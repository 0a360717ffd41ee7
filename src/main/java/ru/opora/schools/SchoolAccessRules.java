package ru.opora.schools;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

import static ru.opora.schools.SchoolAction.CHOOSE_FACTORS;
import static ru.opora.schools.SchoolAction.COMMENT_ROAD_MAP;
import static ru.opora.schools.SchoolAction.CONFIRM_RISK_PROFILE;
import static ru.opora.schools.SchoolAction.EDIT_ROAD_MAP;
import static ru.opora.schools.SchoolAction.EDIT_SCHOOL_CARD;
import static ru.opora.schools.SchoolAction.EDIT_SOCIAL_PASSPORT;
import static ru.opora.schools.SchoolAction.EDIT_TEACHERS;
import static ru.opora.schools.SchoolAction.MANAGE_SURVEY;
import static ru.opora.schools.SchoolAction.MOVE_TEACHER;
import static ru.opora.schools.SchoolAction.NOTE_NETWORK_PAIR;
import static ru.opora.schools.SchoolAction.PUBLISH_DOCUMENT;
import static ru.opora.schools.SchoolAction.READ;
import static ru.opora.schools.SchoolAction.REVIEW_DOCUMENT;
import static ru.opora.schools.SchoolAction.SAVE_ROAD_MAP_TEMPLATE;
import static ru.opora.schools.SchoolAction.SEE_TEACHER_NAMES;
import static ru.opora.schools.SchoolAction.UPLOAD_DOCUMENT;
import static ru.opora.schools.SchoolAction.VERIFY_RISK_PROFILE;
import static ru.opora.schools.SchoolAction.WORK_NETWORK_PAIR;
import static ru.opora.schools.SchoolRelation.ASSIGNED_CURATOR;
import static ru.opora.schools.SchoolRelation.OWN_MUNICIPALITY;
import static ru.opora.schools.SchoolRelation.OWN_REGION;
import static ru.opora.schools.SchoolRelation.OWN_SCHOOL;

/**
 * The access matrix as a pure function, so that it can be tested cell by cell: for each
 * role and action, the relations to the school that allow it. The administrator's cells
 * allow every relation (reference data: every school). docs/access.md prints the same
 * matrix; {@code SchoolAccessMatrixTests} checks every cell.
 */
final class SchoolAccessRules {

	private static final Map<Role, Map<SchoolAction, Set<SchoolRelation>>> MATRIX = new EnumMap<>(Role.class);

	static {
		Set<SchoolRelation> any = EnumSet.allOf(SchoolRelation.class);
		allow(Role.ADMIN, any, READ, EDIT_SCHOOL_CARD, EDIT_SOCIAL_PASSPORT);
		allow(Role.REGIONAL_OBSERVER, EnumSet.of(OWN_REGION), READ);
		allow(Role.COORDINATOR, EnumSet.of(OWN_MUNICIPALITY), READ, EDIT_SCHOOL_CARD, EDIT_SOCIAL_PASSPORT,
				REVIEW_DOCUMENT, CHOOSE_FACTORS, MANAGE_SURVEY, SEE_TEACHER_NAMES, EDIT_TEACHERS, MOVE_TEACHER,
				EDIT_ROAD_MAP, COMMENT_ROAD_MAP, SAVE_ROAD_MAP_TEMPLATE);
		allow(Role.CURATOR, EnumSet.of(ASSIGNED_CURATOR), READ, REVIEW_DOCUMENT, VERIFY_RISK_PROFILE, SEE_TEACHER_NAMES,
				WORK_NETWORK_PAIR, NOTE_NETWORK_PAIR, EDIT_ROAD_MAP, COMMENT_ROAD_MAP);
		// a curator who works at a school is a member of its network pairs, nothing more
		allow(Role.CURATOR, EnumSet.of(OWN_SCHOOL), WORK_NETWORK_PAIR, NOTE_NETWORK_PAIR);
		allow(Role.SCHOOL, EnumSet.of(OWN_SCHOOL), READ, UPLOAD_DOCUMENT, PUBLISH_DOCUMENT, CONFIRM_RISK_PROFILE,
				CHOOSE_FACTORS, MANAGE_SURVEY, SEE_TEACHER_NAMES, EDIT_TEACHERS, WORK_NETWORK_PAIR, EDIT_ROAD_MAP,
				COMMENT_ROAD_MAP);
	}

	private SchoolAccessRules() {
	}

	private static void allow(Role role, Set<SchoolRelation> relations, SchoolAction... actions) {
		Map<SchoolAction, Set<SchoolRelation>> row = MATRIX.computeIfAbsent(role,
				(r) -> new EnumMap<>(SchoolAction.class));
		for (SchoolAction action : actions) {
			row.computeIfAbsent(action, (a) -> EnumSet.noneOf(SchoolRelation.class)).addAll(relations);
		}
	}

	/**
	 * The relations that allow the role to take the action (empty: never).
	 */
	static Set<SchoolRelation> allowing(Role role, SchoolAction action) {
		return Collections.unmodifiableSet(
				MATRIX.getOrDefault(role, Map.of()).getOrDefault(action, EnumSet.noneOf(SchoolRelation.class)));
	}

	/**
	 * How the user stands to the school ({@link SchoolRelation#OTHER} alone when in no
	 * relation).
	 * @param curatorSchoolIds the schools currently assigned to the user if a curator
	 */
	static Set<SchoolRelation> relations(CurrentUser user, SchoolLocation school, Set<Long> curatorSchoolIds) {
		Set<SchoolRelation> relations = EnumSet.noneOf(SchoolRelation.class);
		if (user.schoolId() != null && Objects.equals(user.schoolId(), school.schoolId())) {
			relations.add(OWN_SCHOOL);
		}
		if (user.is(Role.CURATOR) && curatorSchoolIds.contains(school.schoolId())) {
			relations.add(ASSIGNED_CURATOR);
		}
		if (user.municipalityId() != null && Objects.equals(user.municipalityId(), school.municipalityId())) {
			relations.add(OWN_MUNICIPALITY);
		}
		if (user.regionId() != null && Objects.equals(user.regionId(), school.regionId())) {
			relations.add(OWN_REGION);
		}
		if (relations.isEmpty()) {
			relations.add(SchoolRelation.OTHER);
		}
		return relations;
	}

	/**
	 * May a user of this role, standing in these relations to a school, take the action?
	 */
	static boolean may(Role role, Set<SchoolRelation> relations, SchoolAction action) {
		Set<SchoolRelation> allowing = allowing(role, action);
		return relations.stream().anyMatch(allowing::contains);
	}

	static boolean may(CurrentUser user, SchoolAction action, SchoolLocation school, Set<Long> curatorSchoolIds) {
		return may(user.role(), relations(user, school, curatorSchoolIds), action);
	}

	/**
	 * {@link SchoolAction#READ}.
	 */
	static boolean canView(CurrentUser user, SchoolLocation school, Set<Long> curatorSchoolIds) {
		return may(user, READ, school, curatorSchoolIds);
	}

	/**
	 * {@link SchoolAction#EDIT_SCHOOL_CARD}: the school card only; every other change has
	 * its own action.
	 */
	static boolean canEdit(CurrentUser user, SchoolLocation school) {
		return may(user, EDIT_SCHOOL_CARD, school, Set.of());
	}

}
