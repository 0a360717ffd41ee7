package ru.opora.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.analysis.AnalysisService;
import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.AnonymousLinks;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.riskprofile.RiskProfileService;
import ru.opora.riskprofile.Significance;
import ru.opora.schools.SchoolPlace;
import ru.opora.users.CurrentUser;

/**
 * «День образовательных интенсивов» (seed 002): the network's monthly municipal days for
 * the common deficits, their parallel sessions per target group, topics proposed from the
 * deficits most frequent among the mentee schools, registrations of the member schools,
 * attendance, and satisfaction through the day's anonymous link (the risk-profile
 * questionnaires' mechanism, {@link AnonymousLinks}). Access by {@link NetworkAccess}:
 * the coordinator of the municipality manages, the observer and the member schools read,
 * member schools register their own participants, everybody else sees nothing.
 */
@Service
@RequiredArgsConstructor
public class IntensiveService {

	static final String DAY = "IntensiveDay";

	static final String SESSION = "IntensiveSession";

	static final int MAX_COMMENT = 1000;

	static final int MAX_NAMES = 4000;

	private final JdbcClient jdbc;

	private final NetworkService networks;

	private final NetworkAccess access;

	private final RiskProfileService profiles;

	private final RiskFactorService factors;

	private final AnalysisService analysis;

	private final AnonymousLinks links;

	private final AuditLog auditLog;

	private final Clock clock;

	/** A subject counts as a deficit of a school from this share of «2» (per cent). */
	@Value("${opora.intensives.subject-threshold:20}")
	private double subjectThreshold = 20;

	/** The most participants of one group a school may register for one session. */
	@Value("${opora.intensives.max-per-group:300}")
	private int maxPerGroup = 300;

	// ---------------------------------------------------------------- commands and views

	public record DayCommand(LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, String title) {

	}

	/**
	 * A series on a school year (September of {@code startYear} to May): the
	 * {@code week}-th (1–4, or 5 = the last) {@code weekday} of each month.
	 */
	public record SeriesCommand(int startYear, DayOfWeek weekday, int week, LocalTime startsAt, LocalTime endsAt,
			String place, String title) {

	}

	public record SessionCommand(ParticipantGroup group, String topic, Long hostSchoolId, String speaker, String room,
			Long riskFactorId, String subject, Integer sourceCount, Integer capacity) {

	}

	public record RegistrationCommand(Long schoolId, int leaders, int teachers, int students, int parents,
			String names) {

	}

	public record DayRow(Long id, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place, String title,
			IntensiveDayStatus status, int sessions, int registered, int attended, boolean surveyOpen,
			int respondents) {

	}

	public record SessionView(Long id, ParticipantGroup group, String topic, Long hostSchoolId, String hostSchool,
			String speaker, String room, Long riskFactorId, String subject, String source, Integer sourceCount,
			Integer capacity, long version, Participants registered, Participants attended) {

		public boolean full() {
			return this.capacity != null && this.registered.total() >= this.capacity;
		}

	}

	public record DayView(Long id, Long networkId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place,
			String title, IntensiveDayStatus status, long version, String surveyToken, boolean surveyOpen, boolean past,
			boolean started, List<SessionView> sessions) {

	}

	public record RegistrationView(Long sessionId, Long schoolId, String school, Participants registered, String names,
			Participants attended) {

	}

	/** A topic proposed from the common deficits with the counts behind it. */
	public record TopicProposal(String kind, Long riskFactorId, String subject, String label, int schools, int high,
			int chosen, int mentees) {

		public String key() {
			return "FACTOR".equals(this.kind) ? "F" + this.riskFactorId : "S" + this.subject;
		}

	}

	public record SessionResult(SessionView session, Satisfaction satisfaction, List<String> comments) {

	}

	public record DayResults(DayView day, List<SessionResult> sessions, Satisfaction overall, int respondents) {

	}

	public record Questionnaire(String token, String title, LocalDate heldOn, String place,
			List<SessionView> sessions) {

	}

	public record SessionSummary(Long sessionId, ParticipantGroup group, String topic, Participants registered,
			Participants attended, Satisfaction satisfaction) {

	}

	public record DaySummary(Long dayId, LocalDate heldOn, String title, IntensiveDayStatus status,
			List<SessionSummary> sessions, Participants registered, Participants attended, Satisfaction satisfaction) {

	}

	// ---------------------------------------------------------------- reading

	/**
	 * May the current user plan days and record attendance in this network?
	 */
	@Transactional(readOnly = true)
	public boolean canManage(Long networkId) {
		return this.access.canManage(this.networks.viewable(networkId), CurrentUser.require());
	}

	/**
	 * The member schools the current user registers for (their own ones; every member for
	 * the coordinator), by id with the short name.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> registeringSchools(Long networkId) {
		Network network = this.networks.viewable(networkId);
		CurrentUser user = CurrentUser.require();
		Set<Long> ids = this.access.canManage(network, user)
				? network.getMembers().stream().map(NetworkMember::getSchoolId).collect(Collectors.toSet())
				: this.access.ownSchools(network, user);
		Map<Long, SchoolPlace> places = this.networks.places(ids);
		Map<Long, String> out = new LinkedHashMap<>();
		ids.stream()
			.sorted(Comparator.comparing((Long id) -> NetworkService.shortName(places, id)))
			.forEach((id) -> out.put(id, NetworkService.shortName(places, id)));
		return out;
	}

	@Transactional(readOnly = true)
	public List<DayRow> days(Long networkId) {
		this.networks.viewable(networkId);
		return this.jdbc
			.sql("""
					select d.id, d.held_on, d.starts_at, d.ends_at, d.place, d.title, d.status, d.survey_open,
					  (select count(*) from intensive_session s where s.day_id = d.id),
					  (select coalesce(sum(r.leaders + r.teachers + r.students + r.parents), 0)
					     from intensive_registration r join intensive_session s on s.id = r.session_id where s.day_id = d.id),
					  (select coalesce(sum(coalesce(r.attended_leaders, 0) + coalesce(r.attended_teachers, 0)
					     + coalesce(r.attended_students, 0) + coalesce(r.attended_parents, 0)), 0)
					     from intensive_registration r join intensive_session s on s.id = r.session_id where s.day_id = d.id),
					  (select count(*) from intensive_response p where p.day_id = d.id)
					from intensive_day d where d.network_id = ? order by d.held_on""")
			.param(networkId)
			.query((rs, i) -> new DayRow(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getString(5),
					rs.getString(6), IntensiveDayStatus.valueOf(rs.getString(7)), rs.getInt(9), rs.getInt(10),
					rs.getInt(11), rs.getBoolean(8), rs.getInt(12)))
			.list();
	}

	/**
	 * A day of the network with its sessions and their registration and attendance
	 * totals.
	 */
	@Transactional(readOnly = true)
	public DayView day(Long networkId, Long dayId) {
		this.networks.viewable(networkId);
		return dayView(networkId, dayId);
	}

	/**
	 * The registrations of a day: every school for the coordinator and the observer, the
	 * user's own schools for a member school.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrations(Long networkId, Long dayId) {
		Network network = this.networks.viewable(networkId);
		dayRecord(networkId, dayId);
		CurrentUser user = CurrentUser.require();
		boolean all = this.access.seesEverything(network, user);
		Set<Long> own = all ? Set.of() : this.access.ownSchools(network, user);
		List<RegistrationView> rows = this.jdbc.sql("""
				select r.session_id, r.school_id, r.leaders, r.teachers, r.students, r.parents, r.names,
				  r.attended_leaders, r.attended_teachers, r.attended_students, r.attended_parents
				from intensive_registration r join intensive_session s on s.id = r.session_id
				where s.day_id = ? order by s.id, r.school_id""")
			.param(dayId)
			.query((rs, i) -> new RegistrationView(rs.getLong(1), rs.getLong(2), null,
					new Participants(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)), rs.getString(7),
					(rs.getObject(8) == null) ? null
							: new Participants(rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11))))
			.list()
			.stream()
			.filter((r) -> all || own.contains(r.schoolId()))
			.toList();
		Map<Long, SchoolPlace> places = this.networks
			.places(rows.stream().map(RegistrationView::schoolId).collect(Collectors.toSet()));
		return rows.stream()
			.map((r) -> new RegistrationView(r.sessionId(), r.schoolId(),
					NetworkService.shortName(places, r.schoolId()), r.registered(), r.names(), r.attended()))
			.sorted(Comparator.comparing(RegistrationView::sessionId).thenComparing(RegistrationView::school))
			.toList();
	}

	/**
	 * Topics for the sessions from the common deficits of the network's mentee schools:
	 * risk factors that are of high significance in their profiles or chosen by them, and
	 * subjects where their latest share of «2» is at least the threshold; most frequent
	 * first, with the counts.
	 */
	@Transactional(readOnly = true)
	public List<TopicProposal> proposals(Long networkId) {
		Network network = this.networks.manageable(networkId);
		return proposals(network);
	}

	List<TopicProposal> proposals(Network network) {
		List<Long> mentees = network.schoolIds(MemberRole.MENTEE);
		if (mentees.isEmpty()) {
			return List.of();
		}
		ProgrammeYearSummary year = this.networks.programme(network);
		Long yearId = network.getProgrammeYearId();
		Map<Long, Map<Long, Significance>> significances = this.profiles.significancesUnchecked(yearId, mentees);
		Map<Long, Set<Long>> chosen = new HashMap<>();
		for (Long school : mentees) {
			chosen.put(school,
					this.factors.chosenUnchecked(yearId, school)
						.stream()
						.map(RiskFactorView::id)
						.collect(Collectors.toSet()));
		}
		List<TopicProposal> out = new ArrayList<>();
		for (RiskFactorView f : this.factors.catalogueFor(year.year())) {
			int high = 0;
			int picked = 0;
			int schools = 0;
			for (Long school : mentees) {
				boolean isHigh = significances.getOrDefault(school, Map.of()).get(f.id()) == Significance.HIGH;
				boolean isChosen = chosen.get(school).contains(f.id());
				high += isHigh ? 1 : 0;
				picked += isChosen ? 1 : 0;
				schools += (isHigh || isChosen) ? 1 : 0;
			}
			if (schools > 0) {
				out.add(new TopicProposal("FACTOR", f.id(), null, f.label(), schools, high, picked, mentees.size()));
			}
		}
		Map<String, Integer> subjects = new HashMap<>();
		this.analysis.latestSubjectShares(mentees).values().forEach((shares) -> shares.forEach((subject, share) -> {
			if (share != null && share >= this.subjectThreshold) {
				subjects.merge(subject, 1, Integer::sum);
			}
		}));
		subjects.forEach(
				(subject, n) -> out.add(new TopicProposal("SUBJECT", null, subject, subject, n, 0, 0, mentees.size())));
		out.sort(Comparator.comparing(TopicProposal::schools)
			.reversed()
			.thenComparing(TopicProposal::kind)
			.thenComparing(TopicProposal::label));
		return out;
	}

	/**
	 * The subject threshold in per cent (shown beside the proposals).
	 */
	public double subjectThreshold() {
		return this.subjectThreshold;
	}

	public int maxPerGroup() {
		return this.maxPerGroup;
	}

	/**
	 * Satisfaction of a day per session and overall (mean, count, distribution,
	 * comments).
	 */
	@Transactional(readOnly = true)
	public DayResults results(Long networkId, Long dayId) {
		this.networks.viewable(networkId);
		DayView day = dayView(networkId, dayId);
		Map<Long, List<Integer>> scores = new HashMap<>();
		Map<Long, List<String>> comments = new HashMap<>();
		this.jdbc.sql("""
				select a.session_id, a.score, a.comment from intensive_answer a
				join intensive_response r on r.id = a.response_id where r.day_id = ? order by r.id""")
			.param(dayId)
			.query((rs) -> {
				scores.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getInt(2));
				String comment = rs.getString(3);
				if (comment != null && !comment.isBlank()) {
					comments.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(comment);
				}
			});
		List<SessionResult> sessions = day.sessions()
			.stream()
			.map((s) -> new SessionResult(s, Satisfaction.of(scores.getOrDefault(s.id(), List.of())),
					comments.getOrDefault(s.id(), List.of())))
			.toList();
		List<Integer> all = scores.values().stream().flatMap(List::stream).toList();
		int respondents = this.jdbc.sql("select count(*) from intensive_response where day_id = ?")
			.param(dayId)
			.query(Integer.class)
			.single();
		return new DayResults(day, sessions, Satisfaction.of(all), respondents);
	}

	/**
	 * For the network's dashboard: per day and session, the participants registered and
	 * attended by group and the satisfaction (mean and count); days in date order.
	 */
	@Transactional(readOnly = true)
	public List<DaySummary> summary(Long networkId) {
		this.networks.viewable(networkId);
		Map<Long, List<Integer>> scores = new HashMap<>();
		this.jdbc.sql("""
				select a.session_id, a.score from intensive_answer a join intensive_response r on r.id = a.response_id
				join intensive_day d on d.id = r.day_id where d.network_id = ?""").param(networkId).query((rs) -> {
			scores.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getInt(2));
		});
		List<DaySummary> out = new ArrayList<>();
		for (DayRow row : days(networkId)) {
			DayView day = dayView(networkId, row.id());
			List<SessionSummary> sessions = day.sessions()
				.stream()
				.map((s) -> new SessionSummary(s.id(), s.group(), s.topic(), s.registered(), s.attended(),
						Satisfaction.of(scores.getOrDefault(s.id(), List.of()))))
				.toList();
			out.add(new DaySummary(day.id(), day.heldOn(), day.title(), day.status(), sessions,
					sessions.stream().map(SessionSummary::registered).reduce(Participants.none(), Participants::plus),
					sessions.stream().map(SessionSummary::attended).reduce(Participants.none(), Participants::plus),
					Satisfaction.of(day.sessions()
						.stream()
						.flatMap((s) -> scores.getOrDefault(s.id(), List.of()).stream())
						.toList())));
		}
		return out;
	}

	// ---------------------------------------------------------------- planning

	@Transactional
	public Long planDay(Long networkId, DayCommand command) {
		Network network = this.networks.changeable(networkId);
		checkDay(network, command, null);
		Long id = this.jdbc
			.sql("""
					insert into intensive_day (network_id, held_on, starts_at, ends_at, place, title, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(networkId, command.heldOn(), command.startsAt(), command.endsAt(), command.place().strip(),
					command.title().strip(), CurrentUser.require().username(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.auditLog.record(AuditAction.CREATE, DAY, id, "network: «%d», date: «%s», title: «%s», place: «%s»"
			.formatted(networkId, command.heldOn(), command.title().strip(), command.place().strip()));
		return id;
	}

	/**
	 * Plans one day a month on a school year; months that already have a day, and dates
	 * already past, are skipped. Returns the dates planned.
	 */
	@Transactional
	public List<LocalDate> planSeries(Long networkId, SeriesCommand command) {
		Network network = this.networks.changeable(networkId);
		if (command.weekday() == null || command.week() < 1 || command.week() > 5 || command.startYear() < 2000
				|| command.startYear() > 2100) {
			throw new RuleViolationException("network.intensives.series.invalid");
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<YearMonth> taken = this.jdbc.sql("select held_on from intensive_day where network_id = ?")
			.param(networkId)
			.query(LocalDate.class)
			.list()
			.stream()
			.map(YearMonth::from)
			.collect(Collectors.toSet());
		List<LocalDate> planned = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			YearMonth month = YearMonth.of(command.startYear(), 9).plusMonths(i);
			LocalDate date = (command.week() == 5)
					? month.atDay(1).with(TemporalAdjusters.lastInMonth(command.weekday()))
					: month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(command.week(), command.weekday()));
			if (taken.contains(month) || date.isBefore(today)) {
				continue;
			}
			planned.add(date);
		}
		if (planned.isEmpty()) {
			throw new RuleViolationException("network.intensives.series.nothing");
		}
		for (LocalDate date : planned) {
			DayCommand day = new DayCommand(date, command.startsAt(), command.endsAt(), command.place(),
					command.title());
			checkDay(network, day, null);
		}
		for (LocalDate date : planned) {
			planDay(networkId,
					new DayCommand(date, command.startsAt(), command.endsAt(), command.place(), command.title()));
		}
		return planned;
	}

	@Transactional
	public void updateDay(Long networkId, Long dayId, long version, DayCommand command) {
		Network network = this.networks.changeable(networkId);
		DayRecord day = dayRecord(networkId, dayId);
		checkDay(network, command, dayId);
		int updated = this.jdbc
			.sql("""
					update intensive_day set held_on = ?, starts_at = ?, ends_at = ?, place = ?, title = ?, version = version + 1
					where id = ? and version = ?""")
			.params(command.heldOn(), command.startsAt(), command.endsAt(), command.place().strip(),
					command.title().strip(), dayId, version)
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException(DAY, dayId);
		}
		this.auditLog.recordChange(AuditAction.UPDATE, DAY, dayId,
				Map.of("date", String.valueOf(day.heldOn()), "title", day.title(), "place", day.place()),
				Map.of("date", String.valueOf(command.heldOn()), "title", command.title().strip(), "place",
						command.place().strip()));
	}

	@Transactional
	public void setStatus(Long networkId, Long dayId, IntensiveDayStatus status) {
		this.networks.changeable(networkId);
		DayRecord day = dayRecord(networkId, dayId);
		if (status == IntensiveDayStatus.HELD && day.heldOn().isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("network.intensives.day.notYet");
		}
		this.jdbc.sql(
				"update intensive_day set status = ?, survey_open = survey_open and ? <> 'CANCELLED', version = version + 1 where id = ?")
			.params(status.name(), status.name(), dayId)
			.update();
		this.auditLog.record(AuditAction.UPDATE, DAY, dayId, "status: «%s» → «%s»".formatted(day.status(), status));
	}

	@Transactional
	public Long addSession(Long networkId, Long dayId, SessionCommand command) {
		Network network = this.networks.changeable(networkId);
		dayRecord(networkId, dayId);
		checkSession(network, command);
		Long id = this.jdbc
			.sql("""
					insert into intensive_session (day_id, target_group, topic, host_school_id, speaker, room,
					  risk_factor_id, subject, source_count, capacity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(dayId, command.group().name(), command.topic().strip(), command.hostSchoolId(),
					blankToNull(command.speaker()), blankToNull(command.room()), command.riskFactorId(),
					blankToNull(command.subject()), command.sourceCount(), command.capacity())
			.query(Long.class)
			.single();
		this.auditLog.record(AuditAction.CREATE, SESSION, id,
				"day: «%d», group: «%s», topic: «%s»".formatted(dayId, command.group(), command.topic().strip()));
		return id;
	}

	@Transactional
	public void updateSession(Long networkId, Long dayId, Long sessionId, long version, SessionCommand command) {
		Network network = this.networks.changeable(networkId);
		dayRecord(networkId, dayId);
		sessionOf(dayId, sessionId);
		checkSession(network, command);
		int updated = this.jdbc.sql("""
				update intensive_session set target_group = ?, topic = ?, host_school_id = ?, speaker = ?, room = ?,
				  risk_factor_id = ?, subject = ?, source_count = ?, capacity = ?, version = version + 1
				where id = ? and version = ?""")
			.params(command.group().name(), command.topic().strip(), command.hostSchoolId(),
					blankToNull(command.speaker()), blankToNull(command.room()), command.riskFactorId(),
					blankToNull(command.subject()), command.sourceCount(), command.capacity(), sessionId, version)
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException(SESSION, sessionId);
		}
		this.auditLog.record(AuditAction.UPDATE, SESSION, sessionId,
				"group: «%s», topic: «%s»".formatted(command.group(), command.topic().strip()));
	}

	@Transactional
	public void deleteSession(Long networkId, Long dayId, Long sessionId) {
		this.networks.changeable(networkId);
		dayRecord(networkId, dayId);
		sessionOf(dayId, sessionId);
		this.jdbc.sql("delete from intensive_session where id = ?").param(sessionId).update();
		this.auditLog.record(AuditAction.DELETE, SESSION, sessionId, "day: «%d»".formatted(dayId));
	}

	// ---------------------------------------------------------------- registration and
	// attendance

	/**
	 * Registers (or changes, or with all zeros withdraws) the participants of a member
	 * school for a session. Refused, with nothing saved: a school that is not a member, a
	 * day that is past or cancelled, negative numbers, more than the maximum per group or
	 * than the session's places, names over 4,000 characters. A member school registers
	 * only for itself (the coordinator for every member).
	 */
	@Transactional
	public void register(Long networkId, Long dayId, Long sessionId, RegistrationCommand command) {
		Network network = this.networks.viewable(networkId);
		CurrentUser user = CurrentUser.require();
		DayRecord day = dayRecord(networkId, dayId);
		SessionRecord session = sessionOf(dayId, sessionId);
		this.networks.requireOpen(network);
		if (!this.access.canManage(network, user) && this.access.ownSchools(network, user).isEmpty()) {
			throw new AccessDeniedException("Only member schools and the coordinator register participants");
		}
		if (command.schoolId() == null || network.member(command.schoolId()).isEmpty()) {
			throw new RuleViolationException("network.intensives.register.notMember");
		}
		if (!this.access.canManage(network, user) && !this.access.mySchools(user).contains(command.schoolId())) {
			throw new AccessDeniedException("School " + command.schoolId() + " is not the user's own");
		}
		if (day.status() == IntensiveDayStatus.CANCELLED) {
			throw new RuleViolationException("network.intensives.register.cancelled");
		}
		if (day.heldOn().isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolationException("network.intensives.register.past");
		}
		int[] numbers = { command.leaders(), command.teachers(), command.students(), command.parents() };
		for (int n : numbers) {
			if (n < 0) {
				throw new RuleViolationException("network.intensives.register.negative");
			}
			if (n > this.maxPerGroup) {
				throw new RuleViolationException("network.intensives.register.tooMany");
			}
		}
		String names = blankToNull(command.names());
		if (names != null && names.length() > MAX_NAMES) {
			throw new RuleViolationException("network.intensives.register.namesTooLong");
		}
		Participants numbersOf = new Participants(numbers[0], numbers[1], numbers[2], numbers[3]);
		if (session.capacity() != null && numbersOf.total() > 0) {
			int others = this.jdbc.sql("""
					select coalesce(sum(leaders + teachers + students + parents), 0) from intensive_registration
					where session_id = ? and school_id <> ?""")
				.params(sessionId, command.schoolId())
				.query(Integer.class)
				.single();
			if (others + numbersOf.total() > session.capacity()) {
				throw new RuleViolationException("network.intensives.register.full");
			}
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		if (numbersOf.total() == 0) {
			this.jdbc.sql("""
					delete from intensive_registration where session_id = ? and school_id = ?
					and attended_leaders is null""").params(sessionId, command.schoolId()).update();
		}
		else {
			this.jdbc
				.sql("""
						insert into intensive_registration (session_id, school_id, leaders, teachers, students, parents,
						  names, registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (session_id, school_id) do update set leaders = excluded.leaders,
						  teachers = excluded.teachers, students = excluded.students, parents = excluded.parents,
						  names = excluded.names, registered_by = excluded.registered_by, registered_at = excluded.registered_at""")
				.params(sessionId, command.schoolId(), numbers[0], numbers[1], numbers[2], numbers[3], names,
						user.username(), now)
				.update();
		}
		this.auditLog.record(AuditAction.UPDATE, SESSION, sessionId, "school: «%d», registered: «%d/%d/%d/%d»"
			.formatted(command.schoolId(), numbers[0], numbers[1], numbers[2], numbers[3]));
	}

	/**
	 * The current registration of a school for a session (for the form), if any.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<RegistrationCommand> registration(Long networkId, Long dayId, Long sessionId,
			Long schoolId) {
		this.networks.viewable(networkId);
		dayRecord(networkId, dayId);
		sessionOf(dayId, sessionId);
		return this.jdbc.sql("""
				select leaders, teachers, students, parents, names from intensive_registration
				where session_id = ? and school_id = ?""")
			.params(sessionId, schoolId)
			.query((rs, i) -> new RegistrationCommand(schoolId, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5)))
			.optional();
	}

	/**
	 * Records who came, per session and school (numbers by group), once the day has come;
	 * a school that did not register may be added. All rows or none.
	 */
	@Transactional
	public void recordAttendance(Long networkId, Long dayId, Map<Long, Map<Long, Participants>> attended) {
		Network network = this.networks.changeable(networkId);
		DayRecord day = dayRecord(networkId, dayId);
		if (day.heldOn().isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("network.intensives.attendance.future");
		}
		if (day.status() == IntensiveDayStatus.CANCELLED) {
			throw new RuleViolationException("network.intensives.register.cancelled");
		}
		String user = CurrentUser.require().username();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (var bySession : attended.entrySet()) {
			sessionOf(dayId, bySession.getKey());
			for (var bySchool : bySession.getValue().entrySet()) {
				if (network.member(bySchool.getKey()).isEmpty()) {
					throw new RuleViolationException("network.intensives.register.notMember");
				}
				Participants p = bySchool.getValue();
				this.jdbc
					.sql("""
							insert into intensive_registration (session_id, school_id, attended_leaders, attended_teachers,
							  attended_students, attended_parents, attendance_by, attendance_at) values (?, ?, ?, ?, ?, ?, ?, ?)
							on conflict (session_id, school_id) do update set attended_leaders = excluded.attended_leaders,
							  attended_teachers = excluded.attended_teachers, attended_students = excluded.attended_students,
							  attended_parents = excluded.attended_parents, attendance_by = excluded.attendance_by,
							  attendance_at = excluded.attendance_at""")
					.params(bySession.getKey(), bySchool.getKey(), p.leaders(), p.teachers(), p.students(), p.parents(),
							user, now)
					.update();
			}
		}
		if (day.status() == IntensiveDayStatus.PLANNED) {
			this.jdbc.sql("update intensive_day set status = 'HELD', version = version + 1 where id = ?")
				.param(dayId)
				.update();
		}
		this.auditLog.record(AuditAction.UPDATE, DAY, dayId, "attendance recorded");
	}

	// ---------------------------------------------------------------- satisfaction

	/**
	 * Opens the day's anonymous satisfaction link (creates its token the first time).
	 */
	@Transactional
	public String openSurvey(Long networkId, Long dayId) {
		this.networks.changeable(networkId);
		DayRecord day = dayRecord(networkId, dayId);
		if (day.status() == IntensiveDayStatus.CANCELLED) {
			throw new RuleViolationException("network.intensives.register.cancelled");
		}
		if (sessionsOf(dayId).isEmpty()) {
			throw new RuleViolationException("network.intensives.survey.noSessions");
		}
		String token = (day.surveyToken() != null) ? day.surveyToken() : this.links.newToken();
		this.jdbc.sql("update intensive_day set survey_token = ?, survey_open = true where id = ?")
			.params(token, dayId)
			.update();
		this.auditLog.record(AuditAction.UPDATE, DAY, dayId, "survey: open");
		return token;
	}

	@Transactional
	public void closeSurvey(Long networkId, Long dayId) {
		this.networks.changeable(networkId);
		dayRecord(networkId, dayId);
		this.jdbc.sql("update intensive_day set survey_open = false where id = ?").param(dayId).update();
		this.auditLog.record(AuditAction.UPDATE, DAY, dayId, "survey: closed");
	}

	/**
	 * The questionnaire behind a day's link (anyone with the link).
	 */
	@Transactional(readOnly = true)
	public Questionnaire questionnaire(String token) {
		DayRecord day = dayByToken(token);
		return new Questionnaire(token, day.title(), day.heldOn(), day.place(),
				sessionViews(day.id(), Map.of(), Map.of()));
	}

	/**
	 * Stores one respondent's answers: a score 1–5 for at least one session of the day
	 * (those attended), an optional comment (at most 1,000 characters) only beside a
	 * score. Returns the message key of what is wrong (nothing stored), or null when
	 * stored.
	 */
	@Transactional
	public String submit(String token, Map<Long, Integer> scores, Map<Long, String> comments) {
		DayRecord day = dayByToken(token);
		Set<Long> sessions = sessionsOf(day.id());
		if (!sessions.containsAll(scores.keySet()) || !sessions.containsAll(comments.keySet())) {
			return "network.intensives.answer.unknownSession";
		}
		if (scores.values().stream().anyMatch((v) -> v == null || v < 1 || v > 5)) {
			return "network.intensives.answer.scale";
		}
		for (var c : comments.entrySet()) {
			if (c.getValue() != null && !c.getValue().isBlank()) {
				if (!scores.containsKey(c.getKey())) {
					return "network.intensives.answer.commentWithoutScore";
				}
				if (c.getValue().strip().length() > MAX_COMMENT) {
					return "network.intensives.answer.commentTooLong";
				}
			}
		}
		if (scores.isEmpty()) {
			return "network.intensives.answer.none";
		}
		Long response = this.jdbc
			.sql("insert into intensive_response (day_id, submitted_on) values (?, ?) returning id")
			.params(day.id(), LocalDate.now(this.clock))
			.query(Long.class)
			.single();
		for (var s : scores.entrySet()) {
			this.jdbc.sql("insert into intensive_answer (response_id, session_id, score, comment) values (?, ?, ?, ?)")
				.params(response, s.getKey(), s.getValue(), blankToNull(comments.get(s.getKey())))
				.update();
		}
		return null;
	}

	// ---------------------------------------------------------------- internals

	record DayRecord(Long id, Long networkId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place,
			String title, IntensiveDayStatus status, long version, String surveyToken, boolean surveyOpen) {

	}

	record SessionRecord(Long id, Integer capacity) {

	}

	/** All days of a network (calendar and reminders). */
	List<DayRecord> dayRecords(Long networkId, LocalDate from, LocalDate to) {
		return this.jdbc.sql(DAY_SELECT + " where d.network_id = ? and d.held_on between ? and ? order by d.held_on")
			.params(networkId, from, to)
			.query(IntensiveService::dayRecord)
			.list();
	}

	List<SessionView> sessionViews(Long dayId) {
		return sessionViews(dayId, registeredTotals(dayId, false), registeredTotals(dayId, true));
	}

	private static final String DAY_SELECT = """
			select d.id, d.network_id, d.held_on, d.starts_at, d.ends_at, d.place, d.title, d.status, d.version,
			  d.survey_token, d.survey_open from intensive_day d""";

	private static DayRecord dayRecord(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new DayRecord(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6), rs.getString(7),
				IntensiveDayStatus.valueOf(rs.getString(8)), rs.getLong(9), rs.getString(10), rs.getBoolean(11));
	}

	private DayRecord dayRecord(Long networkId, Long dayId) {
		return this.jdbc.sql(DAY_SELECT + " where d.id = ? and d.network_id = ?")
			.params(dayId, networkId)
			.query(IntensiveService::dayRecord)
			.optional()
			.orElseThrow(() -> new IntensiveNotFoundException(dayId));
	}

	private DayRecord dayByToken(String token) {
		if (!this.links.wellFormed(token)) {
			throw new IntensiveNotFoundException("token");
		}
		DayRecord day = this.jdbc.sql(DAY_SELECT + " where d.survey_token = ?")
			.param(token)
			.query(IntensiveService::dayRecord)
			.optional()
			.orElseThrow(() -> new IntensiveNotFoundException("token"));
		// a closed programme year takes no answers, like the risk-profile questionnaires
		if (!day.surveyOpen() || yearClosed(day.networkId())) {
			throw new IntensiveLinkClosedException();
		}
		return day;
	}

	private boolean yearClosed(Long networkId) {
		return this.jdbc
			.sql("select p.closed from network n join programme_year p on p.id = n.programme_year_id where n.id = ?")
			.param(networkId)
			.query(Boolean.class)
			.single();
	}

	private SessionRecord sessionOf(Long dayId, Long sessionId) {
		return this.jdbc.sql("select id, capacity from intensive_session where id = ? and day_id = ?")
			.params(sessionId, dayId)
			.query((rs, i) -> new SessionRecord(rs.getLong(1), (Integer) rs.getObject(2)))
			.optional()
			.orElseThrow(() -> new IntensiveNotFoundException(sessionId));
	}

	private Set<Long> sessionsOf(Long dayId) {
		return new HashSet<>(this.jdbc.sql("select id from intensive_session where day_id = ?")
			.param(dayId)
			.query(Long.class)
			.list());
	}

	private DayView dayView(Long networkId, Long dayId) {
		DayRecord d = dayRecord(networkId, dayId);
		LocalDate today = LocalDate.now(this.clock);
		return new DayView(d.id(), d.networkId(), d.heldOn(), d.startsAt(), d.endsAt(), d.place(), d.title(),
				d.status(), d.version(), d.surveyToken(), d.surveyOpen(), d.heldOn().isBefore(today),
				!d.heldOn().isAfter(today), sessionViews(dayId));
	}

	private Map<Long, Participants> registeredTotals(Long dayId, boolean attended) {
		String p = attended ? "coalesce(r.attended_" : "coalesce(r.";
		Map<Long, Participants> out = new HashMap<>();
		this.jdbc
			.sql("select r.session_id, sum(" + p + "leaders, 0)), sum(" + p + "teachers, 0)), sum(" + p
					+ "students, 0)), sum(" + p + "parents, 0)) from intensive_registration r"
					+ " join intensive_session s on s.id = r.session_id where s.day_id = ? group by r.session_id")
			.param(dayId)
			.query((rs) -> {
				out.put(rs.getLong(1), new Participants(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
			});
		return out;
	}

	private List<SessionView> sessionViews(Long dayId, Map<Long, Participants> registered,
			Map<Long, Participants> attended) {
		List<SessionView> list = this.jdbc.sql("""
				select s.id, s.target_group, s.topic, s.host_school_id, sc.short_name, s.speaker, s.room,
				  s.risk_factor_id, s.subject, f.number || '. ' || f.name, s.source_count, s.capacity, s.version
				from intensive_session s left join school sc on sc.id = s.host_school_id
				left join risk_factor f on f.id = s.risk_factor_id
				where s.day_id = ? order by s.target_group, s.id""").param(dayId).query((rs, i) -> {
			long id = rs.getLong(1);
			String subject = rs.getString(9);
			String factor = rs.getString(10);
			return new SessionView(id, ParticipantGroup.valueOf(rs.getString(2)), rs.getString(3),
					(Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8),
					subject, (factor != null) ? factor : subject, (Integer) rs.getObject(11),
					(Integer) rs.getObject(12), rs.getLong(13), registered.getOrDefault(id, Participants.none()),
					attended.getOrDefault(id, Participants.none()));
		}).list();
		List<SessionView> sorted = new ArrayList<>(list);
		sorted.sort(Comparator.comparing((SessionView s) -> s.group().ordinal()).thenComparing(SessionView::id));
		return sorted;
	}

	private void checkDay(Network network, DayCommand command, Long dayId) {
		if (command.heldOn() == null) {
			throw new RuleViolationException("network.intensives.day.dateRequired");
		}
		if (command.title() == null || command.title().isBlank() || command.title().strip().length() > 300) {
			throw new RuleViolationException("network.intensives.day.titleRequired");
		}
		if (command.place() == null || command.place().isBlank() || command.place().strip().length() > 300) {
			throw new RuleViolationException("network.intensives.day.placeRequired");
		}
		if (command.startsAt() == null || command.endsAt() == null || !command.endsAt().isAfter(command.startsAt())) {
			throw new RuleViolationException("network.intensives.day.times");
		}
		Integer clash = this.jdbc
			.sql("select count(*) from intensive_day where network_id = ? and held_on = ? and id <> ?")
			.params(network.getId(), command.heldOn(), (dayId != null) ? dayId : -1L)
			.query(Integer.class)
			.single();
		if (clash > 0) {
			throw new RuleViolationException("network.intensives.day.exists");
		}
	}

	private void checkSession(Network network, SessionCommand command) {
		if (command.group() == null) {
			throw new RuleViolationException("network.intensives.session.groupRequired");
		}
		if (command.topic() == null || command.topic().isBlank() || command.topic().strip().length() > 300) {
			throw new RuleViolationException("network.intensives.session.topicRequired");
		}
		if (command.hostSchoolId() == null && (command.speaker() == null || command.speaker().isBlank())) {
			throw new RuleViolationException("network.intensives.session.hostRequired");
		}
		if (command.hostSchoolId() != null && network.member(command.hostSchoolId()).isEmpty()) {
			throw new RuleViolationException("network.intensives.session.hostNotMember");
		}
		if ((command.speaker() != null && command.speaker().length() > 300)
				|| (command.room() != null && command.room().length() > 100)
				|| (command.subject() != null && command.subject().length() > 100)) {
			throw new RuleViolationException("network.intensives.session.tooLong");
		}
		if (command.capacity() != null && (command.capacity() < 1 || command.capacity() > 10_000)) {
			throw new RuleViolationException("network.intensives.session.capacity");
		}
		if (command.riskFactorId() != null && command.subject() != null && !command.subject().isBlank()) {
			throw new RuleViolationException("network.intensives.session.oneSource");
		}
		if (command.riskFactorId() != null) {
			int year = this.networks.programme(network).year();
			boolean known = this.factors.catalogueFor(year)
				.stream()
				.anyMatch((f) -> Objects.equals(f.id(), command.riskFactorId()));
			if (!known) {
				throw new RuleViolationException("network.intensives.session.unknownFactor");
			}
		}
		if (command.sourceCount() != null && command.sourceCount() < 0) {
			throw new RuleViolationException("network.intensives.session.capacity");
		}
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
