package ru.opora.schools;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The one answer to «may this user do this to this school's thing»:
 * {@link #may(CurrentUser, SchoolAction, SchoolLocation)}. Who sees which school:
 * <ul>
 * <li>administrator: every school (reference data);</li>
 * <li>regional observer: the schools of their region, read only;</li>
 * <li>coordinator: the schools of their municipality;</li>
 * <li>curator: the schools currently assigned to them;</li>
 * <li>school: its own school.</li>
 * </ul>
 * What each of them may change is the matrix of {@link SchoolAccessRules} (role ×
 * relation to the school × {@link SchoolAction}), printed in docs/access.md. Services ask
 * it before they return or change anything of a school; SpEL can too:
 * {@code @PreAuthorize("@schoolAccess.canView(#schoolId)")}.
 */
@Component("schoolAccess")
@RequiredArgsConstructor
public class SchoolAccess {

	private final SchoolLocations locations;

	private final CuratorSchools curatorSchools;

	@Transactional(readOnly = true)
	public boolean canView(Long schoolId) {
		return CurrentUser.current()
			.flatMap((user) -> this.locations.of(schoolId).map((location) -> canView(user, location)))
			.orElse(false);
	}

	/**
	 * May the current user take the action on the school? False when nobody is logged in
	 * or the school does not exist.
	 */
	@Transactional(readOnly = true)
	public boolean may(SchoolAction action, Long schoolId) {
		return CurrentUser.current().map((user) -> may(user, action, schoolId)).orElse(false);
	}

	/**
	 * Does the current user's role allow the action on some school at all? A list asks
	 * this once before asking {@link #may(SchoolAction, Long)} for each of its schools
	 * (false means false for every school; true still needs the per-school answer).
	 */
	public boolean mayOnSome(SchoolAction action) {
		return CurrentUser.current()
			.map((user) -> !SchoolAccessRules.allowing(user.role(), action).isEmpty())
			.orElse(false);
	}

	/**
	 * May the user take the action on the school? False when the school does not exist.
	 */
	@Transactional(readOnly = true)
	public boolean may(CurrentUser user, SchoolAction action, Long schoolId) {
		// an action the role never has needs no look-up (lists ask it once per school)
		if (SchoolAccessRules.allowing(user.role(), action).isEmpty()) {
			return false;
		}
		return this.locations.of(schoolId).map((location) -> may(user, action, location)).orElse(false);
	}

	/**
	 * May the user take the action on the school at this location?
	 */
	public boolean may(CurrentUser user, SchoolAction action, SchoolLocation location) {
		if (SchoolAccessRules.allowing(user.role(), action).isEmpty()) {
			return false;
		}
		return SchoolAccessRules.may(user, action, location, curatorSchoolsOf(user));
	}

	/**
	 * Throws {@link AccessDeniedException} (the 403 page) unless the current user may
	 * take the action on the school at this location.
	 */
	public void check(SchoolAction action, SchoolLocation location) {
		if (!may(CurrentUser.require(), action, location)) {
			throw new AccessDeniedException(action + " is not allowed on school " + location.schoolId());
		}
	}

	/**
	 * Throws {@link AccessDeniedException} (the 403 page) unless the current user may see
	 * the school at this location.
	 */
	public void checkView(SchoolLocation location) {
		if (!canView(CurrentUser.require(), location)) {
			throw new AccessDeniedException("School " + location.schoolId() + " is not visible");
		}
	}

	/**
	 * Checks once what a page of one school needs: throws {@link AccessDeniedException}
	 * (the 403 page) unless the current user may see the school at this location, as
	 * {@link #checkView}; otherwise returns which of the given actions the user may take
	 * there, each answered as {@link #may(CurrentUser, SchoolAction, SchoolLocation)}
	 * answers it. The user's relations to the school (for a curator: the assigned
	 * schools, one query) are found once for all of them.
	 */
	public Set<SchoolAction> checkViewAndMay(SchoolLocation location, SchoolAction... actions) {
		CurrentUser user = CurrentUser.require();
		Set<SchoolRelation> relations = SchoolAccessRules.relations(user, location, curatorSchoolsOf(user));
		if (!SchoolAccessRules.may(user.role(), relations, SchoolAction.READ)) {
			throw new AccessDeniedException("School " + location.schoolId() + " is not visible");
		}
		Set<SchoolAction> allowed = EnumSet.noneOf(SchoolAction.class);
		for (SchoolAction action : actions) {
			if (SchoolAccessRules.may(user.role(), relations, action)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/**
	 * May the user create or edit schools of this municipality?
	 */
	public boolean canManageMunicipality(CurrentUser user, Long municipalityId) {
		return user.is(Role.ADMIN)
				|| (user.is(Role.COORDINATOR) && Objects.equals(user.municipalityId(), municipalityId));
	}

	boolean canView(CurrentUser user, SchoolLocation location) {
		return may(user, SchoolAction.READ, location);
	}

	/**
	 * The schools the user may see, as a filter for lists.
	 */
	public SchoolScope scope(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> SchoolScope.everything();
			case REGIONAL_OBSERVER -> SchoolScope.region(user.regionId());
			case COORDINATOR -> SchoolScope.municipality(user.municipalityId());
			case CURATOR -> SchoolScope.schools(this.curatorSchools.activeSchoolIds(user.id()));
			case SCHOOL -> SchoolScope.schools((user.schoolId() != null) ? Set.of(user.schoolId()) : Set.of());
		};
	}

	private Set<Long> curatorSchoolsOf(CurrentUser user) {
		return user.is(Role.CURATOR) ? this.curatorSchools.activeSchoolIds(user.id()) : Set.of();
	}

}
