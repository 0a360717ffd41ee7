package ru.opora.roadmap;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Every access decision of the road-map module, in one place. The municipal road map is
 * edited by the coordinator of its municipality and read by the administrator and the
 * region's observer; a school road map is edited by the school itself, its assigned
 * curator and the coordinator, and read by whoever may see the school (the school's own
 * visibility comes from {@link SchoolService#checkedLocation}). Editing also needs the
 * programme year open. For a school road map the rights are the school access matrix's
 * ({@link SchoolAccess}: EDIT_ROAD_MAP, COMMENT_ROAD_MAP, SAVE_ROAD_MAP_TEMPLATE).
 */
@Component
@RequiredArgsConstructor
class RoadMapAccess {

	private final RoadMapRepository maps;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final SchoolAccess schoolAccess;

	/**
	 * What the user may do with a road map: {@code mayEdit} by role and place,
	 * {@code editable} also needs the programme year open.
	 */
	record Access(RoadMap map, ProgrammeYearSummary year, boolean mayEdit) {

		boolean editable() {
			return this.mayEdit && !this.year.closed();
		}

	}

	/**
	 * The road map for reading (not found, or denied, otherwise).
	 */
	Access read(Long mapId) {
		RoadMap map = this.maps.findById(mapId).orElseThrow(() -> new RoadMapNotFoundException(mapId));
		ProgrammeYearSummary year;
		if (map.getKind() == RoadMapKind.MUNICIPAL) {
			year = this.programmes.year(map.getProgrammeYearId());
			checkMunicipalRead(year);
			CurrentUser user = CurrentUser.require();
			return new Access(map, year,
					user.is(Role.COORDINATOR) && map.getMunicipalityId().equals(user.municipalityId()));
		}
		this.schools.checkedLocation(map.getSchoolId());
		year = this.programmes.year(map.getProgrammeYearId());
		return new Access(map, year, canEditSchool(map.getSchoolId()));
	}

	/**
	 * The road map for a change: the user may edit it and its programme year is open.
	 */
	Access edit(Long mapId) {
		Access access = read(mapId);
		if (!access.mayEdit()) {
			throw new AccessDeniedException("Road map " + mapId + " is read-only for the user");
		}
		this.programmes.requireOpen(access.year().id());
		return access;
	}

	/**
	 * For the cell editor: the road map is editable now (a closed year is read-only).
	 */
	Access editable(Long mapId) {
		Access access = read(mapId);
		if (!access.editable()) {
			throw new AccessDeniedException("Road map " + mapId + " is read-only");
		}
		return access;
	}

	/**
	 * Evidence and comments: whoever may edit the road map.
	 */
	Access comment(Long mapId) {
		Access access = edit(mapId);
		if (access.map().isSchool() && !may(SchoolAction.COMMENT_ROAD_MAP, access.map().getSchoolId())) {
			throw new AccessDeniedException("Road map " + mapId + " takes no comments from the user");
		}
		return access;
	}

	/**
	 * Applying a template to a section: whoever may edit the road map.
	 */
	Access applyTemplate(Long mapId) {
		return edit(mapId);
	}

	/**
	 * Saving a school road map's section as a template of the municipal library: the
	 * coordinator only (saving it is the coordinator's approval).
	 */
	Access saveTemplate(Long mapId) {
		Access access = edit(mapId);
		if (!access.map().isSchool() || !may(SchoolAction.SAVE_ROAD_MAP_TEMPLATE, access.map().getSchoolId())) {
			throw new AccessDeniedException("Only the coordinator saves school road-map sections as templates");
		}
		return access;
	}

	/**
	 * The programme year, if the user may read its municipal road map and monitoring.
	 */
	ProgrammeYearSummary municipalYear(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		checkMunicipalRead(year);
		return year;
	}

	boolean canCreateMunicipal(Long yearId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		CurrentUser user = CurrentUser.require();
		return user.is(Role.COORDINATOR) && year.municipalityId().equals(user.municipalityId());
	}

	void requireCreateMunicipal(Long yearId) {
		if (!canCreateMunicipal(yearId)) {
			throw new AccessDeniedException("Only the coordinator creates the municipal road map");
		}
	}

	/**
	 * The programme year, if the user may see the school and it takes part in the year.
	 */
	ProgrammeYearSummary schoolYear(Long yearId, Long schoolId) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		this.schools.checkedLocation(schoolId);
		if (!year.hasParticipant(schoolId)) {
			throw new RoadMapNotFoundException(yearId + "/" + schoolId);
		}
		return year;
	}

	/**
	 * A school road map's edit right is the school access matrix's
	 * {@link SchoolAction#EDIT_ROAD_MAP} (the school itself, its assigned curator, the
	 * coordinator of its municipality), for a school the user may see.
	 */
	boolean canEditSchool(Long schoolId) {
		return may(SchoolAction.EDIT_ROAD_MAP, schoolId);
	}

	private boolean may(SchoolAction action, Long schoolId) {
		SchoolLocation location = this.schools.checkedLocation(schoolId);
		return this.schoolAccess.may(CurrentUser.require(), action, location);
	}

	void requireCreateSchool(Long schoolId) {
		if (!canEditSchool(schoolId)) {
			throw new AccessDeniedException("Cannot create the road map of school " + schoolId);
		}
	}

	private static void checkMunicipalRead(ProgrammeYearSummary year) {
		CurrentUser user = CurrentUser.require();
		boolean allowed = switch (user.role()) {
			// ProgrammeService.year already limits these to their own municipality /
			// region
			case COORDINATOR, ADMIN, REGIONAL_OBSERVER -> true;
			case CURATOR, SCHOOL -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("The municipal road map is not open to " + user.role());
		}
	}

}
