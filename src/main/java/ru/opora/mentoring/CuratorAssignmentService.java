package ru.opora.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.NotFoundException;
import ru.opora.common.PagedResult;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolOption;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.PersonSummary;
import ru.opora.users.Role;
import ru.opora.users.UserService;

/**
 * Curator assignments. The coordinator manages those of their municipality; anyone who
 * may see a school sees its curators.
 */
@Service
@RequiredArgsConstructor
public class CuratorAssignmentService {

	static final String ENTITY = "CuratorAssignment";

	private static final String SELECT_ROWS = """
			select a.id, a.curator_id, a.school_id, s.short_name, a.starts_on, a.ends_on
			from curator_assignment a join school s on s.id = a.school_id
			""";

	private final CuratorAssignmentRepository assignments;

	private final SchoolService schools;

	private final UserService users;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JdbcClient jdbc;

	/**
	 * Every assignment of the current coordinator's municipality, open ones first (one
	 * query joined with the schools, whatever their number).
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> municipalityAssignments() {
		return views(rowsOfMunicipality(coordinatorMunicipality(), Integer.MAX_VALUE, 0));
	}

	/**
	 * One page (0-based, {@code null} = the first; past the end = the last) of the
	 * assignments of the current coordinator's municipality in the order of
	 * {@link #municipalityAssignments()}: active ones first, then by school name. Two
	 * queries for the rows and their count, one for the curators of the page.
	 */
	@Transactional(readOnly = true)
	public PagedResult<AssignmentView> municipalityAssignments(Integer page, int size) {
		Long municipalityId = coordinatorMunicipality();
		long total = this.jdbc.sql("""
				select count(*) from curator_assignment a join school s on s.id = a.school_id
				where s.municipality_id = ?""").param(municipalityId).query(Long.class).single();
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int number = Math.min(Math.max((page != null) ? page : 0, 0), pages - 1);
		return new PagedResult<>(views(rowsOfMunicipality(municipalityId, size, (long) number * size)), number, size,
				total);
	}

	/**
	 * The current coordinator's municipality at a glance: its schools without an active
	 * curator (one aggregate query, so no transaction of its own).
	 */
	public long schoolsWithoutCurator() {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select count(*) from school s where s.municipality_id = :municipality and not exists (
				    select 1 from curator_assignment a where a.school_id = s.id
				    and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today))""")
			.param("municipality", coordinatorMunicipality())
			.param("today", today)
			.query(Long.class)
			.single();
	}

	private List<AssignmentRow> rowsOfMunicipality(Long municipalityId, int limit, long offset) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql(SELECT_ROWS + """
				where s.municipality_id = :municipality
				order by (a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)) desc,
				    s.short_name, a.ends_on nulls first, a.starts_on desc, a.id
				limit :limit offset :offset""")
			.param("municipality", municipalityId)
			.param("today", today)
			.param("limit", limit)
			.param("offset", offset)
			.query(CuratorAssignmentService::row)
			.list();
	}

	private static AssignmentRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
	}

	private List<AssignmentView> views(List<AssignmentRow> rows) {
		Map<Long, PersonSummary> people = this.users
			.people(rows.stream().map(AssignmentRow::curatorId).collect(Collectors.toSet()));
		LocalDate today = LocalDate.now(this.clock);
		return rows.stream().map((a) -> {
			PersonSummary curator = people.get(a.curatorId());
			boolean active = !a.startsOn().isAfter(today) && (a.endsOn() == null || !a.endsOn().isBefore(today));
			return new AssignmentView(a.id(), a.curatorId(), (curator != null) ? curator.fullName() : null,
					(curator != null) ? curator.position() : null, a.schoolId(), a.schoolName(), a.startsOn(),
					a.endsOn(), active);
		}).toList();
	}

	/** An assignment with its school's name, as the municipality's list reads it. */
	private record AssignmentRow(Long id, Long curatorId, Long schoolId, String schoolName, LocalDate startsOn,
			LocalDate endsOn) {

	}

	/**
	 * The active assignments of the current coordinator's municipality, without the
	 * schools' names (two queries whatever the number of schools: for the monitoring
	 * pages' curator column and filter).
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> activeMunicipalityAssignments() {
		return views(this.assignments.activeInMunicipality(coordinatorMunicipality(), LocalDate.now(this.clock)),
				Map.of());
	}

	/**
	 * The curators of a school (the school card), if the user may see the school.
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> schoolAssignments(Long schoolId) {
		this.schools.checkedLocation(schoolId);
		return views(this.assignments.findBySchools(Set.of(schoolId)), Map.of());
	}

	/**
	 * The current curator's active assignments, with the schools' names.
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> myAssignments() {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.CURATOR)) {
			return List.of();
		}
		Map<Long, String> schoolNames = this.schools.visibleSchoolNames();
		return views(this.assignments.findByCurator(user.id()), schoolNames).stream()
			.filter(AssignmentView::active)
			.toList();
	}

	/**
	 * Curators working with a school today (no access check: for notifications).
	 */
	@Transactional(readOnly = true)
	public List<Long> activeCurators(Long schoolId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.assignments.findBySchools(Set.of(schoolId))
			.stream()
			.filter((a) -> a.isActiveOn(today))
			.map(CuratorAssignment::getCuratorId)
			.distinct()
			.toList();
	}

	/**
	 * Curators working with each of the schools today, in one query (no access check: the
	 * caller scopes the ids).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> activeCuratorsOf(java.util.Collection<Long> schoolIds) {
		if (schoolIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		// ids only, in one statement with the ids as an array (no entities: the
		// early-warning
		// board asks for a region's 2,000 schools)
		Map<Long, List<Long>> out = new java.util.HashMap<>();
		this.jdbc.sql("""
				select school_id, curator_id from curator_assignment
				where school_id = any(?) and starts_on <= ? and (ends_on is null or ends_on >= ?)
				order by ends_on nulls first, starts_on desc, id""")
			.params(Set.copyOf(schoolIds).toArray(Long[]::new), today, today)
			.query((rs) -> {
				out.computeIfAbsent(rs.getLong(1), (id) -> new java.util.ArrayList<>()).add(rs.getLong(2));
			});
		return out;
	}

	@Transactional
	public Long assign(Long curatorId, Long schoolId, LocalDate startsOn) {
		Long municipalityId = coordinatorMunicipality();
		SchoolLocation school = this.schools.checkedLocation(schoolId);
		if (!municipalityId.equals(school.municipalityId())) {
			throw new AccessDeniedException("School " + schoolId + " is not in the coordinator's municipality");
		}
		boolean curatorOfMunicipality = this.users.curatorsOf(municipalityId)
			.stream()
			.anyMatch((c) -> c.id().equals(curatorId));
		if (!curatorOfMunicipality) {
			throw new IllegalAssignmentChangeException("mentoring.assignments.notACurator");
		}
		if (this.assignments.openExists(curatorId, schoolId)) {
			throw new IllegalAssignmentChangeException("mentoring.assignments.duplicate");
		}
		CuratorAssignment assignment = this.assignments.save(new CuratorAssignment(curatorId, schoolId, startsOn,
				CurrentUser.require().username(), this.clock.instant()));
		this.auditLog.record(AuditAction.ASSIGN, ENTITY, assignment.getId(),
				"curatorId: «" + curatorId + "», schoolId: «" + schoolId + "», startsOn: «" + startsOn + "»");
		return assignment.getId();
	}

	@Transactional
	public void end(Long assignmentId, LocalDate endsOn) {
		Long municipalityId = coordinatorMunicipality();
		CuratorAssignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("error.notFound.assignment", assignmentId));
		SchoolLocation school = this.schools.checkedLocation(assignment.getSchoolId());
		if (!municipalityId.equals(school.municipalityId())) {
			throw new AccessDeniedException("Assignment " + assignmentId + " is not in the coordinator's municipality");
		}
		assignment.end(endsOn);
		this.auditLog.record(AuditAction.UNASSIGN, ENTITY, assignmentId, "endsOn: «" + endsOn + "»");
	}

	/**
	 * Curators the coordinator may assign.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> availableCurators() {
		return this.users.curatorsOf(coordinatorMunicipality());
	}

	/**
	 * At most {@code limit} schools of the coordinator's municipality whose name contains
	 * {@code query} (the first ones by name when blank): the picker of the assignment
	 * form.
	 */
	@Transactional(readOnly = true)
	public List<SchoolOption> assignableSchools(String query, int limit) {
		return this.schools.findSchoolOptions(coordinatorMunicipality(), query, limit);
	}

	private Long coordinatorMunicipality() {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.COORDINATOR) || user.municipalityId() == null) {
			throw new AccessDeniedException("Only a coordinator manages curator assignments");
		}
		return user.municipalityId();
	}

	private List<AssignmentView> views(List<CuratorAssignment> list, Map<Long, String> schoolNames) {
		Map<Long, PersonSummary> people = this.users
			.people(list.stream().map(CuratorAssignment::getCuratorId).collect(Collectors.toSet()));
		LocalDate today = LocalDate.now(this.clock);
		return list.stream().map((a) -> {
			PersonSummary curator = people.get(a.getCuratorId());
			return new AssignmentView(a.getId(), a.getCuratorId(), (curator != null) ? curator.fullName() : null,
					(curator != null) ? curator.position() : null, a.getSchoolId(), schoolNames.get(a.getSchoolId()),
					a.getStartsOn(), a.getEndsOn(), a.isActiveOn(today));
		})
			.sorted(Comparator.comparing(AssignmentView::active)
				.reversed()
				.thenComparing(AssignmentView::schoolName, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

}
