package ru.opora.teachers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.network.MentorPair;
import ru.opora.network.MentorPairs;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.teachers.PlanViews.AreaChoice;
import ru.opora.teachers.PlanViews.CardPlan;
import ru.opora.teachers.PlanViews.ItemView;
import ru.opora.teachers.PlanViews.MentorOption;
import ru.opora.teachers.PlanViews.PlanDetails;
import ru.opora.teachers.PlanViews.PlanSummary;
import ru.opora.teachers.PlanViews.Reason;
import ru.opora.users.CurrentUser;

/**
 * Individual development plans (ИОМ): one per teacher and academic year. Whoever keeps
 * the teacher ({@link TeacherAccess#keptTeacher}: the school and the coordinator) creates
 * and changes it; curators read it. A new plan addresses the competence areas the
 * teacher's «группа риска» reasons name. The mentor is a teacher of the mentor school of
 * the active network pair in which the teacher's school is the mentee; the plan keeps
 * that pair and links to it. The mentor's name is shown to whoever sees the plan.
 */
@Service
@RequiredArgsConstructor
class PlanService {

	static final String ENTITY = "teacher_plan";

	private final PlanRepository plans;

	private final TeacherAccess access;

	private final TeacherRepository teachers;

	private final CompetenceAreaRepository areas;

	private final RiskGroupService riskGroup;

	private final CourseService courses;

	private final CourseRepository courseRepository;

	private final MentorPairs mentorPairs;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JdbcClient jdbc;

	/**
	 * The card's section for the card's year.
	 */
	@Transactional(readOnly = true)
	CardPlan card(TeacherCardSections.TeacherCard card) {
		Teacher teacher = this.access.checkedTeacher(card.teacherId());
		List<Reason> reasons = reasons(teacher, card.academicYear());
		PlanSummary summary = this.plans.findByTeacherIdAndAcademicYear(teacher.getId(), card.academicYear())
			.map(this::summary)
			.orElse(null);
		return new CardPlan(teacher.getId(), card.academicYear(), AcademicYear.label(card.academicYear()), summary,
				card.canKeep(), reasons);
	}

	/**
	 * Creates the teacher's plan for the year, addressing the areas of the risk-group
	 * reasons; returns the existing plan's id if there is one.
	 */
	@Transactional
	Long create(Long teacherId, int academicYear) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		if (academicYear < 2000 || academicYear > 2100) {
			throw new RuleViolationException("teachers.plan.badYear");
		}
		Optional<Plan> existing = this.plans.findByTeacherIdAndAcademicYear(teacherId, academicYear);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		Set<String> riskAreas = reasons(teacher, academicYear).stream()
			.map(Reason::area)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<Long> areaIds = this.areas.findAllByOrderByPositionAscIdAsc()
			.stream()
			.filter((a) -> riskAreas.contains(a.getName()))
			.map(CompetenceArea::getId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Plan plan = this.plans
			.saveAndFlush(new Plan(teacherId, academicYear, areaIds, username(), this.clock.instant()));
		this.auditLog.record(AuditAction.CREATE, ENTITY, plan.getId(),
				"teacher: %d, year: %d, areas: %s".formatted(teacherId, academicYear, areaIds));
		return plan.getId();
	}

	@Transactional(readOnly = true)
	PlanDetails plan(Long planId) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		Teacher teacher = visibleTeacher(plan);
		SchoolLocation location = this.schools.location(teacher.getSchoolId()).orElseThrow();
		boolean canKeep = this.access.canKeep(CurrentUser.require(), location);
		List<Reason> reasons = reasons(teacher, plan.getAcademicYear());
		Set<String> riskAreas = reasons.stream().map(Reason::area).filter(Objects::nonNull).collect(Collectors.toSet());
		List<AreaChoice> areaChoices = this.areas.findAllByOrderByPositionAscIdAsc()
			.stream()
			.filter((a) -> a.isActive() || plan.getAreaIds().contains(a.getId()))
			.map((a) -> new AreaChoice(a.getId(), a.getName(), plan.getAreaIds().contains(a.getId()),
					riskAreas.contains(a.getName())))
			.toList();
		Map<Long, Course> planCourses = this.courseRepository
			.findAllById(plan.getItems()
				.stream()
				.map(PlanItem::getCourseId)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Course::getId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		List<ItemView> items = plan.getItems()
			.stream()
			.map((i) -> new ItemView(i.getId(), i.getTitle(), i.getCourseId(),
					(i.getCourseId() != null && planCourses.containsKey(i.getCourseId()))
							? planCourses.get(i.getCourseId()).getTitle() : null,
					i.getDueOn(), i.isDone(), !i.isDone() && i.getDueOn() != null && i.getDueOn().isBefore(today)))
			.toList();
		String mentorName = null;
		String mentorSchool = null;
		if (plan.getMentorTeacherId() != null) {
			Optional<Teacher> mentor = this.teachers.findById(plan.getMentorTeacherId());
			mentorName = mentor.map(Teacher::getFullName).orElse(null);
			mentorSchool = mentor.flatMap((m) -> this.schools.shortName(m.getSchoolId())).orElse(null);
		}
		Optional<MentorPair> pair = this.mentorPairs.activePairOfMentee(teacher.getSchoolId());
		List<MentorOption> mentorOptions = (canKeep && pair.isPresent()) ? mentorOptions(pair.get()) : List.of();
		return new PlanDetails(plan.getId(), plan.getVersion(), teacher.getId(), teacher.getFullName(),
				teacher.getSchoolId(), this.schools.shortName(teacher.getSchoolId()).orElse(""), plan.getAcademicYear(),
				AcademicYear.label(plan.getAcademicYear()), plan.getStatus(), plan.getGoals(), areaChoices, items,
				plan.getMentorTeacherId(), mentorName, mentorSchool, plan.getNetworkPairId(),
				pair.map(MentorPair::pairId).orElse(null), mentorOptions,
				canKeep ? this.courses.activeCourses(location.municipalityId()) : List.of(), reasons, canKeep,
				plan.isEditable());
	}

	/**
	 * Changes the deficits, goals and mentor of a plan.
	 */
	@Transactional
	void update(Long planId, long version, PlanCommand command) {
		Plan plan = kept(planId, version);
		Teacher teacher = this.teachers.findById(plan.getTeacherId()).orElseThrow();
		Set<Long> known = this.areas.findAllByOrderByPositionAscIdAsc()
			.stream()
			.map(CompetenceArea::getId)
			.collect(Collectors.toSet());
		if (!known.containsAll(command.areaIds())) {
			throw new RuleViolationException("teachers.plan.unknownArea");
		}
		String goals = blankToNull(command.goals());
		if (goals != null && goals.length() > Plan.MAX_GOALS) {
			throw new RuleViolationException("teachers.plan.goalsTooLong");
		}
		Long pairId = plan.getNetworkPairId();
		Long mentor = command.mentorTeacherId();
		if (mentor != null && !mentor.equals(plan.getMentorTeacherId())) {
			MentorPair pair = this.mentorPairs.activePairOfMentee(teacher.getSchoolId())
				.orElseThrow(() -> new RuleViolationException("teachers.plan.mentorNotOfPair"));
			boolean ofMentorSchool = mentorOptions(pair).stream().anyMatch((o) -> o.id().equals(mentor));
			if (!ofMentorSchool) {
				throw new RuleViolationException("teachers.plan.mentorNotOfPair");
			}
			pairId = pair.pairId();
		}
		Map<String, Object> before = audited(plan);
		plan.change(new LinkedHashSet<>(command.areaIds()), goals, mentor, pairId, this.clock.instant());
		this.plans.saveAndFlush(plan);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, planId, before, audited(plan));
	}

	/**
	 * Moves the plan: {@code start} (черновик → в работе), {@code complete} (→ выполнен)
	 * or {@code reopen} (выполнен → в работе).
	 */
	@Transactional
	void move(Long planId, long version, String action) {
		Plan plan = kept(planId, version);
		PlanStatus before = plan.getStatus();
		switch ((action != null) ? action : "") {
			case "start" -> plan.start(this.clock.instant());
			case "complete" -> plan.complete(this.clock.instant());
			case "reopen" -> plan.reopen(this.clock.instant());
			default -> throw new RuleViolationException("teachers.plan.unknownAction");
		}
		this.plans.saveAndFlush(plan);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, planId, Map.of("status", before),
				Map.of("status", plan.getStatus()));
	}

	/**
	 * Adds a course of the teacher's municipality catalogue or a free activity (a course
	 * without a title takes the course's title).
	 */
	@Transactional
	void addItem(Long planId, String title, Long courseId, LocalDate dueOn) {
		Plan plan = kept(planId, null);
		String text = blankToNull(title);
		if (courseId != null) {
			Teacher teacher = this.teachers.findById(plan.getTeacherId()).orElseThrow();
			Long municipality = this.schools.location(teacher.getSchoolId()).orElseThrow().municipalityId();
			Course course = this.courseRepository.findById(courseId)
				.filter((c) -> c.getMunicipalityId().equals(municipality))
				.orElseThrow(() -> new RuleViolationException("teachers.plan.item.courseOfOtherMunicipality"));
			if (text == null) {
				text = course.getTitle();
			}
		}
		if (text == null) {
			throw new RuleViolationException("teachers.plan.item.titleRequired");
		}
		if (text.length() > Plan.MAX_ITEM_TITLE) {
			throw new RuleViolationException("teachers.plan.item.titleTooLong");
		}
		if (dueOn != null && (dueOn.getYear() < 2000 || dueOn.getYear() > 2100)) {
			throw new RuleViolationException("teachers.plan.item.badDate");
		}
		PlanItem item = plan.addItem(text, courseId, dueOn, this.clock.instant());
		this.plans.saveAndFlush(plan);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, planId,
				"item added: «%s», course: %s, due: %s".formatted(item.getTitle(), courseId, dueOn));
	}

	@Transactional
	void markItem(Long planId, Long itemId, boolean done) {
		Plan plan = kept(planId, null);
		plan.markItem(itemId, done, this.clock.instant());
		this.plans.saveAndFlush(plan);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, planId, "item %d done: %s".formatted(itemId, done));
	}

	@Transactional
	void removeItem(Long planId, Long itemId) {
		Plan plan = kept(planId, null);
		String title = plan.item(itemId).map(PlanItem::getTitle).orElse("");
		plan.removeItem(itemId, this.clock.instant());
		this.plans.saveAndFlush(plan);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, planId, "item removed: «%s»".formatted(title));
	}

	// ------------------------------------------------------------------ helpers

	private Plan kept(Long planId, Long version) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		visibleTeacher(plan);
		this.access.keptTeacher(plan.getTeacherId());
		if (version != null && plan.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Plan.class, planId);
		}
		return plan;
	}

	private Teacher visibleTeacher(Plan plan) {
		try {
			return this.access.checkedTeacher(plan.getTeacherId());
		}
		catch (TeacherNotFoundException ex) {
			throw new PlanNotFoundException(plan.getId());
		}
	}

	private List<Reason> reasons(Teacher teacher, int year) {
		return this.riskGroup.riskGroup(List.of(teacher.getSchoolId()), year)
			.getOrDefault(teacher.getId(), List.of())
			.stream()
			.map(Reason::of)
			.toList();
	}

	private List<MentorOption> mentorOptions(MentorPair pair) {
		return this.jdbc.sql("""
				select id, full_name from teacher
				where school_id = :school and left_on is null and anonymised_at is null
				order by full_name, id""")
			.param("school", pair.mentorSchoolId())
			.query((rs, n) -> new MentorOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	private PlanSummary summary(Plan plan) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.areas.findAllByOrderByPositionAscIdAsc().forEach((a) -> names.put(a.getId(), a.getName()));
		List<String> chosen = new ArrayList<>();
		names.forEach((id, name) -> {
			if (plan.getAreaIds().contains(id)) {
				chosen.add(name);
			}
		});
		String mentor = (plan.getMentorTeacherId() != null)
				? this.teachers.findById(plan.getMentorTeacherId()).map(Teacher::getFullName).orElse(null) : null;
		int done = (int) plan.getItems().stream().filter(PlanItem::isDone).count();
		return new PlanSummary(plan.getId(), plan.getStatus(), chosen, plan.getItems().size(), done, mentor,
				plan.getNetworkPairId());
	}

	private static Map<String, Object> audited(Plan plan) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("areas", new java.util.TreeSet<>(plan.getAreaIds()).toString());
		m.put("goals", plan.getGoals());
		m.put("mentor", plan.getMentorTeacherId());
		m.put("pair", plan.getNetworkPairId());
		return m;
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	private static String username() {
		return CurrentUser.current().map(CurrentUser::username).orElse(null);
	}

}
