package ru.opora.teachers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolNotFoundException;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * A school's teachers: the list with its filters, the form, a teacher who left or came
 * back, and a move to another school of the municipality (the history is kept).
 */
@Service
@RequiredArgsConstructor
class TeacherService {

	static final String ENTITY = "Teacher";

	private final TeacherRepository teachers;

	private final TeacherSchoolPeriodRepository periods;

	private final TeacherAccess access;

	private final RiskGroupService riskGroups;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Checks that the current user sees the school's teachers by name (a 404 otherwise).
	 */
	@Transactional(readOnly = true)
	void checkNames(Long schoolId) {
		this.access.checkNames(schoolId);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	int currentYear() {
		return AcademicYear.of(LocalDate.now(this.clock));
	}

	@Transactional(readOnly = true)
	TeacherViews.SchoolTeachers list(Long schoolId, TeacherViews.Filter filter) {
		SchoolLocation location = this.access.checkNames(schoolId);
		CurrentUser user = CurrentUser.require();
		List<Teacher> all = this.teachers.findWithSubjects(schoolId);
		Map<Long, List<RiskRule.Reason>> risk = this.riskGroups.riskGroup(List.of(schoolId), filter.year());
		Set<Long> diagnosed = new java.util.HashSet<>(this.jdbc.sql("""
				select d.teacher_id from teacher_diagnostic d join teacher t on t.id = d.teacher_id
				where t.school_id = ? and d.academic_year = ?""")
			.params(schoolId, filter.year())
			.query(Long.class)
			.list());
		Map<Long, String> plans = new HashMap<>();
		this.jdbc.sql("""
				select p.teacher_id, p.status from teacher_plan p join teacher t on t.id = p.teacher_id
				where t.school_id = ? and p.academic_year = ?""")
			.params(schoolId, filter.year())
			.query((rs, n) -> plans.put(rs.getLong(1), rs.getString(2)))
			.list();
		int active = 0;
		int departed = 0;
		int diagnosedActive = 0;
		int riskActive = 0;
		int withPlan = 0;
		Set<String> subjects = new TreeSet<>();
		List<TeacherViews.Row> rows = new ArrayList<>();
		for (Teacher t : all) {
			boolean inGroup = risk.containsKey(t.getId());
			if (t.isActive()) {
				active++;
				diagnosedActive += diagnosed.contains(t.getId()) ? 1 : 0;
				riskActive += inGroup ? 1 : 0;
				withPlan += plans.containsKey(t.getId()) ? 1 : 0;
				subjects.addAll(t.getSubjects());
			}
			else {
				departed++;
			}
			if (keeps(filter, t, inGroup, diagnosed.contains(t.getId()), plans.get(t.getId()))) {
				rows.add(new TeacherViews.Row(t.getId(), t.getFullName(), List.copyOf(t.getSubjects()), t.getPosition(),
						t.getQualification(), t.getExperienceYears(), t.getLeftOn(), t.isAnonymised(),
						diagnosed.contains(t.getId()), inGroup, plans.get(t.getId())));
			}
		}
		String schoolName = this.schools.shortName(schoolId).orElse("");
		int current = currentYear();
		List<Integer> years = List.of(current + 1, current, current - 1, current - 2, current - 3);
		return new TeacherViews.SchoolTeachers(schoolId, schoolName, location.municipalityId(), filter, rows, active,
				departed, diagnosedActive, riskActive, withPlan, List.copyOf(subjects), years,
				this.access.canKeep(user, location), user.is(Role.COORDINATOR));
	}

	/**
	 * A school's teacher counts for its card: everyone who sees the school sees them,
	 * names stay on the list page for those who may see them.
	 */
	@Transactional(readOnly = true)
	Summary summary(Long schoolId) {
		SchoolLocation location = this.schools.checkedLocation(schoolId);
		int year = currentYear();
		int active = this.jdbc.sql("select count(*) from teacher where school_id = ? and left_on is null")
			.param(schoolId)
			.query(Integer.class)
			.single();
		Set<Long> activeIds = new java.util.HashSet<>(
				this.jdbc.sql("select id from teacher where school_id = ? and left_on is null")
					.param(schoolId)
					.query(Long.class)
					.list());
		int risk = (int) this.riskGroups.riskGroupTeacherIds(List.of(schoolId), year)
			.stream()
			.filter(activeIds::contains)
			.count();
		int withPlan = this.jdbc.sql("""
				select count(*) from teacher_plan p join teacher t on t.id = p.teacher_id
				where t.school_id = ? and t.left_on is null and p.academic_year = ?""")
			.params(schoolId, year)
			.query(Integer.class)
			.single();
		return new Summary(schoolId, active, risk, withPlan, AcademicYear.label(year),
				this.access.seesNames(CurrentUser.require(), location));
	}

	record Summary(Long schoolId, int active, int riskGroup, int withPlan, String yearLabel, boolean seesNames) {

	}

	private static boolean keeps(TeacherViews.Filter filter, Teacher t, boolean inGroup, boolean diagnosed,
			String plan) {
		boolean status = switch (filter.status()) {
			case "left" -> !t.isActive();
			case "all" -> true;
			default -> t.isActive();
		};
		boolean risk = switch (filter.risk()) {
			case "in" -> inGroup;
			case "out" -> diagnosed && !inGroup;
			case "none" -> !diagnosed;
			default -> true;
		};
		boolean subject = filter.subject().isEmpty() || t.getSubjects()
			.stream()
			.anyMatch((s) -> Teacher.subjectKey(s).equals(Teacher.subjectKey(filter.subject())));
		boolean planOk = filter.plan().isEmpty()
				|| ("NONE".equals(filter.plan()) ? plan == null : filter.plan().equals(plan));
		return status && risk && subject && planOk;
	}

	@Transactional
	Long create(Long schoolId, TeacherData data) {
		this.access.checkKeep(schoolId);
		checkSubjects(data);
		Teacher existing = this.teachers.findByKey(schoolId, Teacher.nameKey(data.fullName()), mainSubjectKey(data))
			.orElse(null);
		if (existing != null) {
			throw new RuleViolationException("teachers.form.duplicate");
		}
		Teacher teacher = this.teachers.saveAndFlush(new Teacher(schoolId, data, username(), this.clock.instant()));
		this.periods.save(new TeacherSchoolPeriod(teacher.getId(), schoolId, LocalDate.now(this.clock)));
		this.auditLog.record(AuditAction.CREATE, ENTITY, teacher.getId(), "school=" + schoolId);
		return teacher.getId();
	}

	@Transactional
	void update(Long teacherId, long version, TeacherData data) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		checkVersion(teacher, version);
		if (teacher.isAnonymised()) {
			throw new RuleViolationException("teachers.anonymised.readOnly");
		}
		checkSubjects(data);
		this.teachers.findByKey(teacher.getSchoolId(), Teacher.nameKey(data.fullName()), mainSubjectKey(data))
			.filter((other) -> !other.getId().equals(teacherId))
			.ifPresent((other) -> {
				throw new RuleViolationException("teachers.form.duplicate");
			});
		Map<String, Object> before = auditState(teacher);
		teacher.apply(data, this.clock.instant());
		this.teachers.saveAndFlush(teacher);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, teacherId, before, auditState(teacher));
	}

	@Transactional
	void leave(Long teacherId, LocalDate on) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		LocalDate today = LocalDate.now(this.clock);
		if (on == null) {
			throw new RuleViolationException("teachers.leave.dateRequired");
		}
		if (on.isAfter(today) || on.isBefore(today.minusYears(50))) {
			throw new RuleViolationException("teachers.leave.dateRange");
		}
		if (!teacher.isActive()) {
			throw new RuleViolationException("teachers.leave.already");
		}
		teacher.leave(on, this.clock.instant());
		this.periods.findByTeacherIdAndToDateIsNull(teacherId).ifPresent((p) -> p.close(on));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, teacherId, "left_on=" + on);
	}

	@Transactional
	void comeBack(Long teacherId) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		if (teacher.isAnonymised()) {
			throw new RuleViolationException("teachers.anonymised.readOnly");
		}
		if (teacher.isActive()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		teacher.comeBack(this.clock.instant());
		this.periods.save(new TeacherSchoolPeriod(teacherId, teacher.getSchoolId(), today));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, teacherId, "left_on=");
	}

	/**
	 * Moves a teacher to another school of the coordinator's municipality: the open
	 * period closes today and a new one opens; diagnostics, plans and courses go with the
	 * teacher.
	 */
	@Transactional
	void move(Long teacherId, Long targetSchoolId) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		CurrentUser user = CurrentUser.require();
		if (!this.access.canMove(user, this.schools.location(teacher.getSchoolId()).orElseThrow())) {
			throw new AccessDeniedException("Only the coordinator moves teachers between schools");
		}
		if (targetSchoolId == null) {
			throw new RuleViolationException("teachers.move.schoolRequired");
		}
		SchoolLocation target = this.schools.location(targetSchoolId)
			.orElseThrow(() -> new SchoolNotFoundException(targetSchoolId));
		if (!this.access.canKeep(user, target)) {
			throw new RuleViolationException("teachers.move.otherMunicipality");
		}
		if (target.schoolId().equals(teacher.getSchoolId())) {
			throw new RuleViolationException("teachers.move.sameSchool");
		}
		if (!teacher.isActive() || teacher.isAnonymised()) {
			throw new RuleViolationException("teachers.move.departed");
		}
		if (this.teachers.findByKey(targetSchoolId, teacher.getNameKey(), teacher.getMainSubject()).isPresent()) {
			throw new RuleViolationException("teachers.move.duplicate");
		}
		LocalDate today = LocalDate.now(this.clock);
		Long from = teacher.getSchoolId();
		this.periods.findByTeacherIdAndToDateIsNull(teacherId).ifPresent((p) -> p.close(today));
		this.periods.flush();
		teacher.moveTo(targetSchoolId, this.clock.instant());
		this.periods.save(new TeacherSchoolPeriod(teacherId, targetSchoolId, today));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, teacherId, "school=" + from + "→" + targetSchoolId);
	}

	/**
	 * Schools a coordinator may move a teacher to (the other schools of the
	 * municipality).
	 */
	@Transactional(readOnly = true)
	Map<Long, String> moveTargets(Long teacherId) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		CurrentUser user = CurrentUser.require();
		if (!this.access.canMove(user, this.schools.location(teacher.getSchoolId()).orElseThrow())) {
			return Map.of();
		}
		Map<Long, String> targets = new LinkedHashMap<>();
		this.schools.schoolOptions(user.municipalityId())
			.stream()
			.filter((s) -> !s.id().equals(teacher.getSchoolId()))
			.forEach((s) -> targets.put(s.id(), s.shortName()));
		return targets;
	}

	/**
	 * Records an export with teachers' names in the audit log: who exported what.
	 */
	@Transactional
	void recordExport(String what, Long schoolId, int rows) {
		this.auditLog.record(AuditAction.EXPORT, ENTITY, schoolId, what + ", rows=" + rows);
	}

	static String mainSubjectKey(TeacherData data) {
		return data.subjects().isEmpty() ? "" : Teacher.subjectKey(data.subjects().get(0));
	}

	static void checkSubjects(TeacherData data) {
		if (data.subjects().isEmpty()) {
			throw new RuleViolationException("teachers.form.subjects.required");
		}
		if (data.subjects().size() > TeacherForm.MAX_SUBJECTS) {
			throw new RuleViolationException("teachers.form.subjects.tooMany");
		}
		if (data.subjects().stream().anyMatch((s) -> s.length() > 100)) {
			throw new RuleViolationException("teachers.form.subjects.tooLong");
		}
	}

	private static void checkVersion(Teacher teacher, long version) {
		if (teacher.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Teacher.class, teacher.getId());
		}
	}

	static Map<String, Object> auditState(Teacher t) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("full_name", t.getFullName());
		state.put("subjects", t.subjectsText());
		state.put("position", t.getPosition());
		state.put("qualification", t.getQualification());
		state.put("experience_years", t.getExperienceYears());
		state.put("email", t.getEmail());
		return state;
	}

	private static String username() {
		return CurrentUser.current().map(CurrentUser::username).orElse("system");
	}

}
