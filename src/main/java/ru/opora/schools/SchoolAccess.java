package ru.opora.schools;

import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The one place that decides who sees and who edits which school:
 * <ul>
 * <li>administrator: every school (reference data);</li>
 * <li>regional observer: the schools of their region, read only;</li>
 * <li>coordinator: the schools of their municipality, and edits them;</li>
 * <li>curator: the schools currently assigned to them, read only;</li>
 * <li>school: its own school, read only.</li>
 * </ul>
 * Services call it before they return or change anything of a school; SpEL can too:
 * {@code @PreAuthorize("@schoolAccess.canView(#schoolId)")}.
 */
@Component("schoolAccess")
@RequiredArgsConstructor
public class SchoolAccess {

	private final SchoolRepository schools;

	private final CuratorSchools curatorSchools;

	@Transactional(readOnly = true)
	public boolean canView(Long schoolId) {
		return CurrentUser.current()
			.flatMap((user) -> this.schools.location(schoolId).map((location) -> canView(user, location)))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canEdit(Long schoolId) {
		return CurrentUser.current()
			.flatMap((user) -> this.schools.location(schoolId).map((location) -> canEdit(user, location)))
			.orElse(false);
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

	public void checkEdit(SchoolLocation location) {
		if (!canEdit(CurrentUser.require(), location)) {
			throw new AccessDeniedException("School " + location.schoolId() + " is not editable");
		}
	}

	/**
	 * May the user create or edit schools of this municipality?
	 */
	public boolean canManageMunicipality(CurrentUser user, Long municipalityId) {
		return user.is(Role.ADMIN)
				|| (user.is(Role.COORDINATOR) && Objects.equals(user.municipalityId(), municipalityId));
	}

	boolean canView(CurrentUser user, SchoolLocation location) {
		return SchoolAccessRules.canView(user, location, curatorSchoolsOf(user));
	}

	boolean canEdit(CurrentUser user, SchoolLocation location) {
		return SchoolAccessRules.canEdit(user, location);
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
