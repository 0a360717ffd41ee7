package ru.opora.teachers;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolNotFoundException;
import ru.opora.schools.SchoolScope;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;

/**
 * Who sees teachers' names and who keeps them (personal data kept to the minimum):
 * <ul>
 * <li>the school itself: sees its teachers by name and keeps them (form, import,
 * diagnostics, plans, enrolments);</li>
 * <li>its curators (active assignment): see them by name, read only;</li>
 * <li>the coordinator of the municipality: sees every teacher of the municipality by name
 * and may keep them too; keeps the course catalogue and the associations;</li>
 * <li>the regional observer and the administrator: counts and shares only, never a name
 * (a teacher's page is a 404 for them).</li>
 * </ul>
 * Every service of the module asks here before it returns or changes anything with a
 * name.
 */
@Component
@RequiredArgsConstructor
class TeacherAccess {

	private final SchoolService schools;

	private final SchoolAccess schoolAccess;

	private final TeacherRepository teachers;

	boolean seesNames(CurrentUser user, SchoolLocation school) {
		return this.schoolAccess.may(user, SchoolAction.SEE_TEACHER_NAMES, school);
	}

	boolean canKeep(CurrentUser user, SchoolLocation school) {
		return this.schoolAccess.may(user, SchoolAction.EDIT_TEACHERS, school);
	}

	/**
	 * May the user move the school's teachers to another school of the municipality?
	 */
	boolean canMove(CurrentUser user, SchoolLocation school) {
		return this.schoolAccess.may(user, SchoolAction.MOVE_TEACHER, school);
	}

	/**
	 * May the user keep the municipality's course catalogue and associations?
	 */
	boolean canManageMunicipality(CurrentUser user, Long municipalityId) {
		return this.schoolAccess.canManageMunicipality(user, municipalityId);
	}

	/**
	 * The school, if the current user sees its teachers by name; otherwise a 404 (another
	 * school's teachers do not exist for them).
	 */
	SchoolLocation checkNames(Long schoolId) {
		CurrentUser user = CurrentUser.require();
		SchoolLocation location = this.schools.location(schoolId)
			.orElseThrow(() -> new SchoolNotFoundException(schoolId));
		if (!seesNames(user, location)) {
			throw new SchoolNotFoundException(schoolId);
		}
		return location;
	}

	/**
	 * The school, if the current user keeps its teachers: a 404 when they do not see
	 * them, a 403 when they see but may not change them.
	 */
	SchoolLocation checkKeep(Long schoolId) {
		SchoolLocation location = checkNames(schoolId);
		if (!canKeep(CurrentUser.require(), location)) {
			throw new AccessDeniedException("Teachers of school " + schoolId + " are read only");
		}
		return location;
	}

	/**
	 * The teacher, if the current user sees them by name; otherwise a 404.
	 */
	Teacher checkedTeacher(Long teacherId) {
		Teacher teacher = this.teachers.findById(teacherId).orElseThrow(() -> new TeacherNotFoundException(teacherId));
		CurrentUser user = CurrentUser.require();
		boolean visible = this.schools.location(teacher.getSchoolId())
			.map((location) -> seesNames(user, location))
			.orElse(false);
		if (!visible) {
			throw new TeacherNotFoundException(teacherId);
		}
		return teacher;
	}

	/**
	 * The teacher, if the current user keeps them: 404 when unseen, 403 when read only.
	 */
	Teacher keptTeacher(Long teacherId) {
		Teacher teacher = checkedTeacher(teacherId);
		SchoolLocation location = this.schools.location(teacher.getSchoolId()).orElseThrow();
		if (!canKeep(CurrentUser.require(), location)) {
			throw new AccessDeniedException("Teacher " + teacherId + " is read only");
		}
		return teacher;
	}

	/**
	 * The schools whose figures (counts and shares, no names) the user sees.
	 */
	SchoolScope figuresScope(CurrentUser user) {
		return this.schoolAccess.scope(user);
	}

}
