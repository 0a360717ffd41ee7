package ru.opora.teachers;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.NotFoundException;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolScope;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Municipal methodological associations (ММО) and their meetings. Who sees what:
 * <ul>
 * <li>the coordinator of the municipality: everything, and keeps them; the administrator
 * keeps them for reference but never sees a teacher's name (so picks no members);</li>
 * <li>schools and curators: the associations of their municipality; members' names only
 * of the schools whose teachers they see by name, the others as counts;</li>
 * <li>the regional observer: the associations, counts and meetings of the region, never a
 * name.</li>
 * </ul>
 * An association of a municipality the user does not see does not exist for them (404).
 * Changes are audited with teacher ids, never names (the audit log is the
 * administrator's).
 */
@Service
@RequiredArgsConstructor
class AssociationService {

	static final String ASSOCIATION = "TeacherAssociation";

	static final String MEETING = "TeacherAssociationMeeting";

	private static final Set<FileKind> MATERIALS = EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.ODT,
			FileKind.ODS);

	private final AssociationRepository associations;

	private final MeetingRepository meetings;

	private final TeacherAccess access;

	private final SchoolService schools;

	private final FileService files;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	@Value("${opora.documents.max-file-size:20MB}")
	private DataSize maxFileSize = DataSize.ofMegabytes(20);

	// ---------------------------------------------------------------- reading

	/**
	 * The associations of every municipality the user sees, by municipality and name.
	 */
	@Transactional(readOnly = true)
	public List<AssociationViews.Summary> list() {
		CurrentUser user = CurrentUser.require();
		List<Association> all = user.is(Role.ADMIN) ? this.associations.findAllByOrderByNameAscIdAsc()
				: this.associations.findByMunicipalityIdInOrderByNameAscIdAsc(visibleMunicipalities(user));
		if (all.isEmpty()) {
			return List.of();
		}
		Map<Long, Muni> munis = municipalities(all.stream().map(Association::getMunicipalityId).toList());
		List<Long> ids = all.stream().map(Association::getId).toList();
		Map<Long, MeetingStats> stats = new HashMap<>();
		this.jdbc.sql("""
				select association_id, count(*) as meetings, max(held_on) as last_held
				from teacher_association_meeting where association_id in (:ids) group by association_id
				""").param("ids", ids).query((rs, n) -> {
			stats.put(rs.getLong("association_id"),
					new MeetingStats(rs.getInt("meetings"), rs.getObject("last_held", LocalDate.class)));
			return null;
		}).list();
		Set<Long> leaders = all.stream()
			.map(Association::getLeaderTeacherId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Sight sight = new Sight(user, teacherRows(leaders));
		return all.stream().map((a) -> {
			MeetingStats s = stats.getOrDefault(a.getId(), new MeetingStats(0, null));
			return new AssociationViews.Summary(a.getId(), a.getMunicipalityId(),
					munis.get(a.getMunicipalityId()).name(), a.getName(), a.getTheme(),
					sight.person(a.getLeaderTeacherId()), a.getMembers().size(), s.count(), s.last());
		})
			.sorted(Comparator.comparing(AssociationViews.Summary::municipalityName)
				.thenComparing(AssociationViews.Summary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Municipalities where the user may create associations: the coordinator's own, or
	 * every one for the administrator.
	 */
	@Transactional(readOnly = true)
	public List<ru.opora.schools.MunicipalityOption> manageableMunicipalities() {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.ADMIN) && !user.is(Role.COORDINATOR)) {
			return List.of();
		}
		return this.schools.visibleMunicipalities()
			.stream()
			.filter((m) -> this.access.canManageMunicipality(user, m.id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public AssociationViews.Details details(Long id) {
		CurrentUser user = CurrentUser.require();
		Association a = visible(id, user);
		List<Meeting> list = this.meetings.findByAssociationIdOrderByHeldOnDescIdDesc(id);
		Set<Long> teacherIds = new HashSet<>();
		a.getMembers().forEach((m) -> teacherIds.add(m.getTeacherId()));
		if (a.getLeaderTeacherId() != null) {
			teacherIds.add(a.getLeaderTeacherId());
		}
		Sight sight = new Sight(user, teacherRows(teacherIds));
		Map<Long, Integer> attended = new HashMap<>();
		list.forEach((m) -> m.getAttendees().forEach((t) -> attended.merge(t, 1, Integer::sum)));
		List<AssociationViews.Member> members = new ArrayList<>();
		Map<String, Integer> hidden = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		for (AssociationMember m : a.getMembers()) {
			AssociationViews.Person person = sight.person(m.getTeacherId());
			if (person.named()) {
				members.add(new AssociationViews.Member(person, m.getJoinedOn(),
						m.getTeacherId().equals(a.getLeaderTeacherId()), attended.getOrDefault(m.getTeacherId(), 0)));
			}
			else {
				hidden.merge(person.schoolName(), 1, Integer::sum);
			}
		}
		members.sort(Comparator.comparing((AssociationViews.Member m) -> !m.leader())
			.thenComparing((m) -> m.person().name()));
		List<AssociationViews.HiddenMembers> hiddenList = new ArrayList<>();
		hidden.forEach((school, count) -> hiddenList.add(new AssociationViews.HiddenMembers(school, count)));
		List<AssociationViews.MeetingLine> lines = list.stream()
			.map((m) -> new AssociationViews.MeetingLine(m.getId(), m.getHeldOn(), m.getTopic(),
					m.getAttendees().size(), m.getFileIds().size()))
			.toList();
		boolean manage = this.access.canManageMunicipality(user, a.getMunicipalityId());
		boolean pick = manage && picksTeachers(user, a.getMunicipalityId());
		List<AssociationViews.CandidateGroup> candidates = pick ? candidates(a) : List.of();
		return new AssociationViews.Details(a.getId(), a.getMunicipalityId(),
				municipalities(List.of(a.getMunicipalityId())).get(a.getMunicipalityId()).name(), a.getName(),
				a.getTheme(), a.getVersion(), sight.person(a.getLeaderTeacherId()), members, hiddenList,
				a.getMembers().size(), lines, manage, pick, candidates);
	}

	@Transactional(readOnly = true)
	public AssociationViews.MeetingDetails meeting(Long meetingId) {
		CurrentUser user = CurrentUser.require();
		Meeting m = this.meetings.findById(meetingId).orElseThrow(() -> notFoundMeeting(meetingId));
		Association a = visibleOrMeetingNotFound(m.getAssociationId(), meetingId, user);
		Set<Long> teacherIds = new HashSet<>(m.getAttendees());
		a.getMembers().forEach((x) -> teacherIds.add(x.getTeacherId()));
		Sight sight = new Sight(user, teacherRows(teacherIds));
		Set<Long> everyone = new LinkedHashSet<>();
		a.getMembers().forEach((x) -> everyone.add(x.getTeacherId()));
		everyone.addAll(m.getAttendees());
		List<AssociationViews.Attendee> attendees = new ArrayList<>();
		int hiddenAttended = 0;
		for (Long teacherId : everyone) {
			AssociationViews.Person person = sight.person(teacherId);
			boolean came = m.getAttendees().contains(teacherId);
			if (person.named()) {
				attendees.add(new AssociationViews.Attendee(person, came));
			}
			else if (came) {
				hiddenAttended++;
			}
		}
		attendees.sort(Comparator.comparing((AssociationViews.Attendee x) -> x.person().name()));
		List<FileInfo> fileList = this.files.infos(m.getFileIds())
			.values()
			.stream()
			.sorted(Comparator.comparing(FileInfo::createdAt).thenComparing(FileInfo::id))
			.toList();
		boolean manage = this.access.canManageMunicipality(user, a.getMunicipalityId());
		return new AssociationViews.MeetingDetails(m.getId(), a.getId(), a.getName(),
				municipalities(List.of(a.getMunicipalityId())).get(a.getMunicipalityId()).name(), m.getHeldOn(),
				m.getTopic(), m.getNote(), m.getVersion(), m.getAttendees().size(), a.getMembers().size(), attendees,
				hiddenAttended, fileList, manage, manage && picksTeachers(user, a.getMunicipalityId()));
	}

	/**
	 * The associations of a teacher the current user already sees by name (the card
	 * section).
	 */
	@Transactional(readOnly = true)
	public List<AssociationViews.OfTeacher> ofTeacher(Long teacherId) {
		this.access.checkedTeacher(teacherId);
		List<Association> list = this.associations.findByMember(teacherId);
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Meeting>> byAssociation = this.meetings
			.findByAssociationIdIn(list.stream().map(Association::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Meeting::getAssociationId));
		return list.stream().map((a) -> {
			List<Meeting> ms = byAssociation.getOrDefault(a.getId(), List.of());
			int came = (int) ms.stream().filter((m) -> m.getAttendees().contains(teacherId)).count();
			return new AssociationViews.OfTeacher(a.getId(), a.getName(), a.getTheme(),
					teacherId.equals(a.getLeaderTeacherId()), a.member(teacherId).orElseThrow().getJoinedOn(), came,
					ms.size());
		}).toList();
	}

	// ---------------------------------------------------------------- keeping

	@Transactional
	public Long create(AssociationCommand command) {
		CurrentUser user = CurrentUser.require();
		if (command.municipalityId() == null || municipalities(List.of(command.municipalityId())).isEmpty()) {
			throw new RuleViolationException("teachers.associations.form.municipalityRequired");
		}
		if (!this.access.canManageMunicipality(user, command.municipalityId())) {
			throw new AccessDeniedException(
					"Associations of municipality " + command.municipalityId() + " are kept by its coordinator");
		}
		String name = checkedName(command.municipalityId(), command.name(), null);
		Association a = new Association(command.municipalityId(), name, blankToNull(command.theme()), user.username(),
				this.clock.instant());
		if (command.leaderTeacherId() != null) {
			checkPicks(user, command.municipalityId());
			checkTeachers(command.municipalityId(), Set.of(command.leaderTeacherId()));
			a.lead(command.leaderTeacherId(), today());
		}
		Association saved = this.associations.saveAndFlush(a);
		this.auditLog.record(AuditAction.CREATE, ASSOCIATION, saved.getId(),
				"municipality: «%d», name: «%s», theme: «%s», leader: «%s»".formatted(saved.getMunicipalityId(),
						saved.getName(), orDash(saved.getTheme()), teacherRef(saved.getLeaderTeacherId())));
		return saved.getId();
	}

	/**
	 * Changes the name, the theme and (for those who see names) the leader.
	 */
	@Transactional
	public void update(Long id, long version, AssociationCommand command) {
		CurrentUser user = CurrentUser.require();
		Association a = kept(id, user);
		checkVersion(a.getVersion(), version, Association.class, id);
		String name = checkedName(a.getMunicipalityId(), command.name(), id);
		Map<String, Object> before = auditView(a);
		a.rename(name, blankToNull(command.theme()));
		if (picksTeachers(user, a.getMunicipalityId())
				&& !Objects.equals(command.leaderTeacherId(), a.getLeaderTeacherId())) {
			if (command.leaderTeacherId() != null) {
				checkTeachers(a.getMunicipalityId(), Set.of(command.leaderTeacherId()));
			}
			a.lead(command.leaderTeacherId(), today());
		}
		this.associations.saveAndFlush(a);
		this.auditLog.recordChange(AuditAction.UPDATE, ASSOCIATION, id, before, auditView(a));
	}

	@Transactional
	public void delete(Long id, long version) {
		Association a = kept(id, CurrentUser.require());
		checkVersion(a.getVersion(), version, Association.class, id);
		this.auditLog.record(AuditAction.DELETE, ASSOCIATION, id,
				"name: «%s», members: «%d»".formatted(a.getName(), a.getMembers().size()));
		this.associations.delete(a);
		this.associations.flush();
	}

	/**
	 * Adds teachers of the municipality as members (from today); answers how many were
	 * new.
	 */
	@Transactional
	public int addMembers(Long id, Collection<Long> teacherIds) {
		CurrentUser user = CurrentUser.require();
		Association a = kept(id, user);
		checkPicks(user, a.getMunicipalityId());
		Set<Long> ids = new LinkedHashSet<>(teacherIds);
		ids.remove(null);
		if (ids.isEmpty()) {
			throw new RuleViolationException("teachers.associations.members.noneChosen");
		}
		checkTeachers(a.getMunicipalityId(), ids);
		List<Long> added = new ArrayList<>();
		for (Long teacherId : ids) {
			if (a.join(teacherId, today())) {
				added.add(teacherId);
			}
		}
		this.associations.saveAndFlush(a);
		if (!added.isEmpty()) {
			this.auditLog.record(AuditAction.UPDATE, ASSOCIATION, id,
					"members added: «%s»".formatted(added.stream().map(AssociationService::teacherRef).toList()));
		}
		return added.size();
	}

	@Transactional
	public void removeMember(Long id, Long teacherId) {
		CurrentUser user = CurrentUser.require();
		Association a = kept(id, user);
		checkPicks(user, a.getMunicipalityId());
		if (!a.leave(teacherId)) {
			throw new RuleViolationException("teachers.associations.members.notMember");
		}
		this.associations.saveAndFlush(a);
		this.auditLog.record(AuditAction.UPDATE, ASSOCIATION, id,
				"member removed: «%s»".formatted(teacherRef(teacherId)));
	}

	@Transactional
	public Long addMeeting(Long associationId, MeetingCommand command) {
		CurrentUser user = CurrentUser.require();
		Association a = kept(associationId, user);
		checkMeeting(command);
		Meeting m = new Meeting(associationId, command.heldOn(), command.topic().strip(), blankToNull(command.note()),
				user.username(), this.clock.instant());
		if (picksTeachers(user, a.getMunicipalityId())) {
			m.attended(checkedAttendees(a, command.attendees()));
		}
		Meeting saved = this.meetings.saveAndFlush(m);
		this.auditLog.record(AuditAction.CREATE, MEETING, saved.getId(),
				"association: «%d», held: «%s», topic: «%s», attended: «%d»".formatted(associationId, saved.getHeldOn(),
						saved.getTopic(), saved.getAttendees().size()));
		return saved.getId();
	}

	@Transactional
	public void updateMeeting(Long meetingId, long version, MeetingCommand command) {
		CurrentUser user = CurrentUser.require();
		Meeting m = keptMeeting(meetingId, user);
		checkVersion(m.getVersion(), version, Meeting.class, meetingId);
		checkMeeting(command);
		Association a = this.associations.findById(m.getAssociationId()).orElseThrow();
		Map<String, Object> before = meetingAuditView(m);
		m.change(command.heldOn(), command.topic().strip(), blankToNull(command.note()));
		if (picksTeachers(user, a.getMunicipalityId())) {
			m.attended(checkedAttendees(a, command.attendees()));
		}
		this.meetings.saveAndFlush(m);
		this.auditLog.recordChange(AuditAction.UPDATE, MEETING, meetingId, before, meetingAuditView(m));
	}

	/**
	 * Deletes a meeting; answers its association.
	 */
	@Transactional
	public Long deleteMeeting(Long meetingId, long version) {
		Meeting m = keptMeeting(meetingId, CurrentUser.require());
		checkVersion(m.getVersion(), version, Meeting.class, meetingId);
		this.auditLog.record(AuditAction.DELETE, MEETING, meetingId, "association: «%d», held: «%s», topic: «%s»"
			.formatted(m.getAssociationId(), m.getHeldOn(), m.getTopic()));
		this.meetings.delete(m);
		this.meetings.flush();
		return m.getAssociationId();
	}

	@Transactional
	public void addFile(Long meetingId, String originalName, InputStream content) {
		CurrentUser user = CurrentUser.require();
		Meeting m = keptMeeting(meetingId, user);
		FileInfo info = this.files.store(originalName, content, this.maxFileSize.toBytes(), MATERIALS, user.username());
		m.addFile(info.id());
		this.meetings.saveAndFlush(m);
		this.auditLog.record(AuditAction.UPDATE, MEETING, meetingId,
				"file added: «%s» (#%d)".formatted(info.originalName(), info.id()));
	}

	@Transactional
	public void removeFile(Long meetingId, Long fileId) {
		Meeting m = keptMeeting(meetingId, CurrentUser.require());
		if (!m.removeFile(fileId)) {
			throw notFoundMeeting(meetingId);
		}
		this.meetings.saveAndFlush(m);
		this.auditLog.record(AuditAction.UPDATE, MEETING, meetingId, "file removed: «#%d»".formatted(fileId));
	}

	/**
	 * A material of a meeting, for those who see the meeting.
	 */
	@Transactional(readOnly = true)
	public FileInfo file(Long meetingId, Long fileId) {
		Meeting m = this.meetings.findById(meetingId).orElseThrow(() -> notFoundMeeting(meetingId));
		visibleOrMeetingNotFound(m.getAssociationId(), meetingId, CurrentUser.require());
		if (!m.hasFile(fileId)) {
			throw notFoundMeeting(meetingId);
		}
		return this.files.info(fileId);
	}

	@Transactional(readOnly = true)
	public InputStream openFile(Long meetingId, Long fileId) {
		file(meetingId, fileId);
		return this.files.open(fileId);
	}

	// ---------------------------------------------------------------- access

	/**
	 * The municipalities whose associations the user sees (the administrator: all, not
	 * listed here).
	 */
	private Set<Long> visibleMunicipalities(CurrentUser user) {
		Set<Long> ids = new HashSet<>();
		switch (user.role()) {
			case ADMIN, REGIONAL_OBSERVER -> this.schools.visibleMunicipalities().forEach((m) -> ids.add(m.id()));
			case COORDINATOR -> addIfPresent(ids, user.municipalityId());
			case SCHOOL -> {
				if (user.schoolId() != null) {
					this.schools.location(user.schoolId()).ifPresent((l) -> ids.add(l.municipalityId()));
				}
			}
			case CURATOR -> {
				addIfPresent(ids, user.municipalityId());
				SchoolScope scope = this.access.figuresScope(user);
				if (scope.schoolIds() != null) {
					this.schools.places(scope.schoolIds()).forEach((p) -> ids.add(p.municipalityId()));
				}
			}
		}
		return ids;
	}

	private boolean sees(CurrentUser user, Long municipalityId) {
		return user.is(Role.ADMIN) || visibleMunicipalities(user).contains(municipalityId);
	}

	private Association visible(Long id, CurrentUser user) {
		Association a = this.associations.findById(id).orElseThrow(() -> notFound(id));
		if (!sees(user, a.getMunicipalityId())) {
			throw notFound(id);
		}
		return a;
	}

	private Association visibleOrMeetingNotFound(Long associationId, Long meetingId, CurrentUser user) {
		Association a = this.associations.findById(associationId).orElseThrow(() -> notFoundMeeting(meetingId));
		if (!sees(user, a.getMunicipalityId())) {
			throw notFoundMeeting(meetingId);
		}
		return a;
	}

	/**
	 * The association, if the user keeps it: 404 when unseen, 403 when read only.
	 */
	private Association kept(Long id, CurrentUser user) {
		Association a = visible(id, user);
		if (!this.access.canManageMunicipality(user, a.getMunicipalityId())) {
			throw new AccessDeniedException("Association " + id + " is kept by the coordinator");
		}
		return a;
	}

	private Meeting keptMeeting(Long meetingId, CurrentUser user) {
		Meeting m = this.meetings.findById(meetingId).orElseThrow(() -> notFoundMeeting(meetingId));
		Association a = visibleOrMeetingNotFound(m.getAssociationId(), meetingId, user);
		if (!this.access.canManageMunicipality(user, a.getMunicipalityId())) {
			throw new AccessDeniedException("Meeting " + meetingId + " is kept by the coordinator");
		}
		return m;
	}

	/**
	 * Does the user see the names of every teacher of the municipality (so may pick
	 * members, the leader and the attendance)? The coordinator of the municipality does;
	 * the administrator does not.
	 */
	private boolean picksTeachers(CurrentUser user, Long municipalityId) {
		return user.is(Role.COORDINATOR) && Objects.equals(user.municipalityId(), municipalityId);
	}

	private void checkPicks(CurrentUser user, Long municipalityId) {
		if (!picksTeachers(user, municipalityId)) {
			throw new AccessDeniedException("Only the coordinator of the municipality picks teachers");
		}
	}

	// ---------------------------------------------------------------- checks

	private String checkedName(Long municipalityId, String raw, Long exceptId) {
		String name = (raw != null) ? raw.strip().replaceAll("\\s+", " ") : "";
		if (name.isEmpty()) {
			throw new RuleViolationException("teachers.associations.form.nameRequired");
		}
		if (name.length() > 300) {
			throw new RuleViolationException("teachers.associations.form.nameTooLong");
		}
		if (this.associations.nameTaken(municipalityId, name, exceptId)) {
			throw new RuleViolationException("teachers.associations.form.nameTaken");
		}
		return name;
	}

	/**
	 * Every teacher must work (not departed) at a school of the municipality.
	 */
	private void checkTeachers(Long municipalityId, Set<Long> teacherIds) {
		Integer found = this.jdbc.sql("""
				select count(*) from teacher t join school s on s.id = t.school_id
				where t.id in (:ids) and s.municipality_id = :municipality and t.left_on is null
				""").param("ids", teacherIds).param("municipality", municipalityId).query(Integer.class).single();
		if (found != teacherIds.size()) {
			throw new RuleViolationException("teachers.associations.members.unknownTeacher");
		}
	}

	private static Set<Long> checkedAttendees(Association a, Set<Long> attendees) {
		for (Long t : attendees) {
			if (!a.isMember(t)) {
				throw new RuleViolationException("teachers.associations.meeting.notMember");
			}
		}
		return attendees;
	}

	private static void checkMeeting(MeetingCommand command) {
		if (command.heldOn() == null) {
			throw new RuleViolationException("teachers.associations.meeting.dateRequired");
		}
		if (command.heldOn().getYear() < 2000 || command.heldOn().getYear() > 2100) {
			throw new RuleViolationException("teachers.associations.meeting.dateOutOfRange");
		}
		if (command.topic() == null || command.topic().isBlank()) {
			throw new RuleViolationException("teachers.associations.meeting.topicRequired");
		}
		if (command.topic().strip().length() > 500) {
			throw new RuleViolationException("teachers.associations.meeting.topicTooLong");
		}
		if (command.note() != null && command.note().strip().length() > 4000) {
			throw new RuleViolationException("teachers.associations.meeting.noteTooLong");
		}
	}

	private static void checkVersion(long actual, long expected, Class<?> type, Long id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	// ---------------------------------------------------------------- helpers

	private List<AssociationViews.CandidateGroup> candidates(Association a) {
		Map<String, List<AssociationViews.Candidate>> bySchool = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.id, t.full_name, s.short_name from teacher t join school s on s.id = t.school_id
				where s.municipality_id = :municipality and t.left_on is null and t.anonymised_at is null
				order by s.short_name, s.id, t.full_name, t.id
				""").param("municipality", a.getMunicipalityId()).query((rs, n) -> {
			long id = rs.getLong("id");
			if (!a.isMember(id)) {
				bySchool.computeIfAbsent(rs.getString("short_name"), (k) -> new ArrayList<>())
					.add(new AssociationViews.Candidate(id, rs.getString("full_name"), rs.getString("short_name")));
			}
			return null;
		}).list();
		List<AssociationViews.CandidateGroup> groups = new ArrayList<>();
		bySchool.forEach((school, list) -> groups.add(new AssociationViews.CandidateGroup(school, list)));
		return groups;
	}

	private Map<Long, TeacherRow> teacherRows(Collection<Long> ids) {
		Map<Long, TeacherRow> rows = new HashMap<>();
		if (ids.isEmpty()) {
			return rows;
		}
		this.jdbc.sql("""
				select t.id, t.full_name, t.left_on, s.id as school_id, s.short_name, s.municipality_id, m.region_id
				from teacher t join school s on s.id = t.school_id join municipality m on m.id = s.municipality_id
				where t.id in (:ids)
				""").param("ids", ids).query((rs, n) -> {
			rows.put(rs.getLong("id"), new TeacherRow(rs.getString("full_name"),
					rs.getObject("left_on", LocalDate.class) != null,
					new SchoolLocation(rs.getLong("school_id"), rs.getLong("municipality_id"), rs.getLong("region_id")),
					rs.getString("short_name")));
			return null;
		}).list();
		return rows;
	}

	private Map<Long, Muni> municipalities(Collection<Long> ids) {
		Map<Long, Muni> out = new HashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		this.jdbc.sql("select id, name, region_id from municipality where id in (:ids)")
			.param("ids", Set.copyOf(ids))
			.query((rs, n) -> out.put(rs.getLong("id"), new Muni(rs.getString("name"), rs.getLong("region_id"))))
			.list();
		return out;
	}

	private static Map<String, Object> auditView(Association a) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", a.getName());
		view.put("theme", a.getTheme());
		view.put("leader", (a.getLeaderTeacherId() != null) ? teacherRef(a.getLeaderTeacherId()) : null);
		return view;
	}

	private static Map<String, Object> meetingAuditView(Meeting m) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("held", m.getHeldOn());
		view.put("topic", m.getTopic());
		view.put("note", m.getNote());
		view.put("attended", m.getAttendees().stream().sorted().map(AssociationService::teacherRef).toList());
		return view;
	}

	/** A teacher in the audit log: the id, never the name. */
	private static String teacherRef(Long teacherId) {
		return (teacherId != null) ? "teacher #" + teacherId : "—";
	}

	private static String orDash(String s) {
		return (s != null) ? s : "—";
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	private static void addIfPresent(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static NotFoundException notFound(Long id) {
		return new NotFoundException("error.notFound.association", id);
	}

	private static NotFoundException notFoundMeeting(Long id) {
		return new NotFoundException("error.notFound.associationMeeting", id);
	}

	private record MeetingStats(int count, LocalDate last) {

	}

	private record Muni(String name, Long regionId) {

	}

	private record TeacherRow(String name, boolean left, SchoolLocation location, String schoolName) {

	}

	/**
	 * What of a teacher the user sees: the name where {@link TeacherAccess#seesNames}
	 * allows (asked once per school), the school's name where the user sees the school.
	 */
	private final class Sight {

		private final CurrentUser user;

		private final Map<Long, TeacherRow> rows;

		private final Map<Long, Boolean> namesBySchool = new HashMap<>();

		private SchoolScope scope;

		Sight(CurrentUser user, Map<Long, TeacherRow> rows) {
			this.user = user;
			this.rows = rows;
		}

		AssociationViews.Person person(Long teacherId) {
			if (teacherId == null) {
				return null;
			}
			TeacherRow row = this.rows.get(teacherId);
			if (row == null) {
				return new AssociationViews.Person(teacherId, null, null, null, false);
			}
			SchoolLocation location = row.location();
			boolean names = this.namesBySchool.computeIfAbsent(location.schoolId(),
					(k) -> AssociationService.this.access.seesNames(this.user, location));
			String school = (names || seesSchool(location)) ? row.schoolName() : null;
			return new AssociationViews.Person(teacherId, names ? row.name() : null, location.schoolId(), school,
					row.left());
		}

		private boolean seesSchool(SchoolLocation location) {
			if (this.scope == null) {
				this.scope = AssociationService.this.access.figuresScope(this.user);
			}
			SchoolScope s = this.scope;
			return s.all() || Objects.equals(s.municipalityId(), location.municipalityId())
					|| Objects.equals(s.regionId(), location.regionId())
					|| (s.schoolIds() != null && s.schoolIds().contains(location.schoolId()));
		}

	}

}
