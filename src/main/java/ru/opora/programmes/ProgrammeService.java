package ru.opora.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolOption;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Programme years. The coordinator opens them for the municipality and marks participant
 * schools; everyone who may see a municipality's schools sees its programme years, and
 * curators and schools see the years their schools take part in.
 */
@Service
@RequiredArgsConstructor
public class ProgrammeService {

	static final String ENTITY = "ProgrammeYear";

	private final ProgrammeYearRepository years;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JdbcClient jdbc;

	/**
	 * The programme years the current user may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeYearSummary> visibleYears() {
		CurrentUser user = CurrentUser.require();
		return switch (user.role()) {
			case COORDINATOR -> (user.municipalityId() != null)
					? summaries("y.municipality_id = any(?)", List.of(user.municipalityId())) : List.of();
			case ADMIN, REGIONAL_OBSERVER -> summaries("y.municipality_id = any(?)",
					this.schools.visibleMunicipalities().stream().map(MunicipalityOption::id).toList());
			case CURATOR, SCHOOL -> summaries(ANY_PARTICIPANT, this.schools.visibleSchoolIds());
		};
	}

	/**
	 * The programme years the current user may see, newest first, without their
	 * participants ({@code participantIds} is empty): for pages that only list or pick
	 * years (the indicators of a region's 40 municipalities). One query, no entities: the
	 * years of the user's municipalities for the coordinator, the observer and the
	 * administrator; for curators and schools the years any of their schools takes part
	 * in, as {@link #visibleYears()} (the review queue asked for those years as entities
	 * with every participant, some 18 % of its CPU: docs/benchmarks.md, step 12d).
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeYearSummary> visibleYearHeaders() {
		CurrentUser user = CurrentUser.require();
		return visibleYearHeaders(user,
				(user.is(Role.CURATOR) || user.is(Role.SCHOOL)) ? this.schools.visibleSchoolIds() : List.of());
	}

	/**
	 * The same, for a caller that has just read {@code visibleSchoolIds} from
	 * {@link SchoolService#visibleSchoolIds()} in the same transaction (the review
	 * queue): a curator's or a school's years are those with one of these schools among
	 * the participants, without reading the ids again (docs/benchmarks.md «Step 13b»).
	 * For the other roles the ids are not used.
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeYearSummary> visibleYearHeaders(List<Long> visibleSchoolIds) {
		return visibleYearHeaders(CurrentUser.require(), visibleSchoolIds);
	}

	private List<ProgrammeYearSummary> visibleYearHeaders(CurrentUser user, List<Long> visibleSchoolIds) {
		if (user.is(Role.CURATOR) || user.is(Role.SCHOOL)) {
			List<Long> mine = visibleSchoolIds;
			return mine.isEmpty() ? List.of() : headers("""
					exists (select 1 from programme_participant p
					        where p.programme_year_id = programme_year.id and p.school_id = any(?))""", mine);
		}
		List<Long> municipalities = switch (user.role()) {
			case COORDINATOR -> (user.municipalityId() != null) ? List.of(user.municipalityId()) : List.of();
			case ADMIN, REGIONAL_OBSERVER ->
				this.schools.visibleMunicipalities().stream().map(MunicipalityOption::id).toList();
			case CURATOR, SCHOOL -> List.of();
		};
		return municipalities.isEmpty() ? List.of() : headers("municipality_id = any(?)", municipalities);
	}

	private List<ProgrammeYearSummary> headers(String condition, List<Long> ids) {
		return this.jdbc.sql("""
				select id, municipality_id, year, title, documents_due, closed, version from programme_year
				where %s order by year desc, id desc""".formatted(condition))
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> new ProgrammeYearSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), rs.getBoolean(6), Set.of(), rs.getLong(7)))
			.list();
	}

	@Transactional(readOnly = true)
	public ProgrammeYearSummary year(Long id) {
		// one plain statement with the participants as an array: loading the entity with
		// its collection through Hibernate was some 6 % of a programme year's page
		// (docs/benchmarks.md, step 9a); the pages of the year ask for it on every view
		ProgrammeYearSummary year = this.jdbc.sql("""
				select y.id, y.municipality_id, y.year, y.title, y.documents_due, y.closed, y.version,
				    array(select p.school_id from programme_participant p where p.programme_year_id = y.id)
				from programme_year y where y.id = ?""")
			.param(id)
			.query((rs, n) -> new ProgrammeYearSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), rs.getBoolean(6),
					Set.of((Long[]) rs.getArray(8).getArray()), rs.getLong(7)))
			.optional()
			.orElseThrow(() -> new ProgrammeYearNotFoundException(id));
		checkView(year.id(), year.municipalityId(), year.participantIds());
		return year;
	}

	/**
	 * What a programme year's page shows, read in one transaction: the year (access
	 * checked as by {@link #year(Long)}), the picker's matches for {@code query} (at most
	 * {@code candidateLimit}, only when the user may change the participants) and the
	 * short names of the participants the user may see, ordered by name. Three
	 * transactions (year, picker, names) were some 9 % of the page's CPU with their BEGIN
	 * and COMMIT (docs/benchmarks.md, step 10c).
	 */
	@Transactional(readOnly = true)
	public YearPage yearPage(Long id, String query, int candidateLimit) {
		ProgrammeYearSummary year = year(id);
		CurrentUser user = CurrentUser.require();
		boolean editable = user.is(Role.COORDINATOR) && year.municipalityId().equals(user.municipalityId())
				&& !year.closed();
		List<SchoolOption> candidates = editable
				? this.schools.findSchoolOptions(year.municipalityId(), query, candidateLimit) : List.of();
		return new YearPage(year, editable, candidates, this.schools.visibleSchoolNames(year.participantIds()));
	}

	/**
	 * A programme year's page: see {@link #yearPage(Long, String, int)}.
	 *
	 * @param year the year
	 * @param editable whether the user may change the participants
	 * @param candidates the picker's matches (empty when not editable)
	 * @param participantNames the visible participants' short names by id, ordered by
	 * name
	 */
	public record YearPage(ProgrammeYearSummary year, boolean editable, List<SchoolOption> candidates,
			Map<Long, String> participantNames) {
	}

	/**
	 * The programme years a school takes part in, newest first (if the user may see the
	 * school).
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeYearSummary> yearsOfSchool(Long schoolId) {
		this.schools.checkedLocation(schoolId);
		return summaries(ANY_PARTICIPANT, List.of(schoolId));
	}

	private static final String ANY_PARTICIPANT = """
			exists (select 1 from programme_participant p where p.programme_year_id = y.id and p.school_id = any(?))""";

	/**
	 * The programme years matching {@code condition} on {@code y} (one array parameter,
	 * {@code ids}), newest first, with their participants: one plain statement, as
	 * {@link #year(Long)}. Loading them as entities with their participants through
	 * Hibernate was some 18 % of a school's checklist (docs/benchmarks.md «Step 14»).
	 */
	private List<ProgrammeYearSummary> summaries(String condition, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select y.id, y.municipality_id, y.year, y.title, y.documents_due, y.closed, y.version,
				    array(select p.school_id from programme_participant p where p.programme_year_id = y.id)
				from programme_year y where %s order by y.year desc, y.id desc""".formatted(condition))
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> new ProgrammeYearSummary(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), rs.getBoolean(6),
					Set.of((Long[]) rs.getArray(8).getArray()), rs.getLong(7)))
			.list();
	}

	@Transactional
	public Long open(int year, String title, LocalDate documentsDue) {
		Long municipalityId = coordinatorMunicipality();
		if (this.years.existsByMunicipalityIdAndTitleIgnoreCase(municipalityId, title.trim())) {
			throw new RuleViolationException("programmes.form.titleTaken");
		}
		ProgrammeYear saved = this.years.save(new ProgrammeYear(municipalityId, year, title, documentsDue,
				CurrentUser.require().username(), this.clock.instant()));
		this.auditLog.record(AuditAction.CREATE, ENTITY, saved.getId(),
				"title: «" + saved.getTitle() + "», documentsDue: «" + documentsDue + "»");
		return saved.getId();
	}

	/**
	 * Replaces the participants and the documents deadline (the coordinator's form).
	 */
	@Transactional
	public void update(Long id, long version, LocalDate documentsDue, Set<Long> schoolIds) {
		ProgrammeYear year = load(id);
		if (!year.getMunicipalityId().equals(coordinatorMunicipality())) {
			throw new AccessDeniedException("Programme year " + id + " belongs to another municipality");
		}
		if (year.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ProgrammeYear.class, id);
		}
		if (year.isClosed()) {
			throw new ProgrammeYearClosedException();
		}
		Set<Long> allowed = this.schools.schoolOptions(year.getMunicipalityId())
			.stream()
			.map(SchoolOption::id)
			.collect(Collectors.toSet());
		if (!allowed.containsAll(schoolIds)) {
			throw new AccessDeniedException("Participants must be schools of the municipality");
		}
		Set<Long> before = new HashSet<>(year.getParticipantIds());
		LocalDate dueBefore = year.getDocumentsDue();
		year.replaceParticipants(schoolIds);
		year.changeDeadline(documentsDue);
		this.years.saveAndFlush(year);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, id,
				Map.of("participants", sorted(before), "documentsDue", dueBefore),
				Map.of("participants", sorted(schoolIds), "documentsDue", documentsDue));
	}

	/**
	 * Adds one school of the municipality to the participants (the coordinator's picker).
	 * Adding a participant twice changes nothing; no version check, as adding is the same
	 * whatever else changed meanwhile.
	 */
	@Transactional
	public void addParticipant(Long id, Long schoolId) {
		ProgrammeYear year = editable(id);
		if (!year.getMunicipalityId().equals(this.schools.checkedLocation(schoolId).municipalityId())) {
			throw new AccessDeniedException("Participants must be schools of the municipality");
		}
		changeParticipants(year, schoolId, true);
	}

	/**
	 * Removes one school from the participants (the coordinator's picker and the
	 * participants table); removing a school that does not take part changes nothing.
	 */
	@Transactional
	public void removeParticipant(Long id, Long schoolId) {
		changeParticipants(editable(id), schoolId, false);
	}

	private void changeParticipants(ProgrammeYear year, Long schoolId, boolean add) {
		Set<Long> before = new HashSet<>(year.getParticipantIds());
		Set<Long> after = new HashSet<>(before);
		boolean changed = add ? after.add(schoolId) : after.remove(schoolId);
		if (!changed) {
			return;
		}
		year.replaceParticipants(after);
		this.years.saveAndFlush(year);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, year.getId(), Map.of("participants", sorted(before)),
				Map.of("participants", sorted(after)));
	}

	private ProgrammeYear editable(Long id) {
		ProgrammeYear year = load(id);
		if (!year.getMunicipalityId().equals(coordinatorMunicipality())) {
			throw new AccessDeniedException("Programme year " + id + " belongs to another municipality");
		}
		if (year.isClosed()) {
			throw new ProgrammeYearClosedException();
		}
		return year;
	}

	/**
	 * Closes the programme year (the coordinator of its municipality): its documents,
	 * road maps, risk factors and network become read-only, and it drops out of reminders
	 * and queues.
	 */
	@Transactional
	public void close(Long id, long version) {
		ProgrammeYear year = manageable(id, version);
		year.close();
		this.years.saveAndFlush(year);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, id, Map.of("closed", false), Map.of("closed", true));
	}

	/**
	 * Opens a closed programme year again (the coordinator of its municipality).
	 */
	@Transactional
	public void reopen(Long id, long version) {
		ProgrammeYear year = manageable(id, version);
		year.reopen();
		this.years.saveAndFlush(year);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, id, Map.of("closed", true), Map.of("closed", false));
	}

	/**
	 * The guard every change to a programme year's things passes: refuses changes to a
	 * closed year (no access check; the caller decides access). Takes a share lock on the
	 * year's row, so a year is never closed while a change to it commits.
	 * @throws ProgrammeYearClosedException if the year is closed
	 * @throws ProgrammeYearNotFoundException if there is no such year
	 */
	@Transactional
	public void requireOpen(Long programmeYearId) {
		// a read-only check (e.g. before an import's preview) cannot lock and need not
		String lock = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "" : " for share";
		boolean closed = this.jdbc.sql("select closed from programme_year where id = ?" + lock)
			.param(programmeYearId)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new ProgrammeYearNotFoundException(programmeYearId));
		if (closed) {
			throw new ProgrammeYearClosedException();
		}
	}

	/**
	 * A programme year without an access check (for modules that decide access
	 * themselves).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ProgrammeYearSummary> yearUnchecked(Long id) {
		return this.years.findById(id).map(ProgrammeYearSummary::of);
	}

	/**
	 * Every programme year still open (no access check: for scheduled jobs).
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeYearSummary> openYearsUnchecked() {
		return this.years.findAll().stream().filter((p) -> !p.isClosed()).map(ProgrammeYearSummary::of).toList();
	}

	/**
	 * Is the school a participant of the programme year? (No access check: for other
	 * modules' rules.)
	 */
	@Transactional(readOnly = true)
	public boolean isParticipant(Long programmeYearId, Long schoolId) {
		return this.years.findById(programmeYearId).map((p) -> p.getParticipantIds().contains(schoolId)).orElse(false);
	}

	private void checkView(Long id, Long municipalityId, Set<Long> participantIds) {
		CurrentUser user = CurrentUser.require();
		boolean visible = switch (user.role()) {
			case COORDINATOR -> municipalityId.equals(user.municipalityId());
			case ADMIN, REGIONAL_OBSERVER ->
				this.schools.visibleMunicipalities().stream().anyMatch((m) -> m.id().equals(municipalityId));
			case CURATOR, SCHOOL -> !this.schools.visibleSchoolNames(participantIds).isEmpty();
		};
		if (!visible) {
			throw new AccessDeniedException("Programme year " + id + " is not visible");
		}
	}

	private ProgrammeYear manageable(Long id, long version) {
		ProgrammeYear year = load(id);
		if (!year.getMunicipalityId().equals(coordinatorMunicipality())) {
			throw new AccessDeniedException("Programme year " + id + " belongs to another municipality");
		}
		if (year.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ProgrammeYear.class, id);
		}
		return year;
	}

	private Long coordinatorMunicipality() {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.COORDINATOR) || user.municipalityId() == null) {
			throw new AccessDeniedException("Only a coordinator manages programme years");
		}
		return user.municipalityId();
	}

	private ProgrammeYear load(Long id) {
		return this.years.findById(id).orElseThrow(() -> new ProgrammeYearNotFoundException(id));
	}

	private static String sorted(Set<Long> ids) {
		return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
