package ru.opora.teachers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolPlace;
import ru.opora.schools.SchoolScope;
import ru.opora.schools.SchoolService;
import ru.opora.teachers.CourseViews.Catalogue;
import ru.opora.teachers.CourseViews.CourseDetails;
import ru.opora.teachers.CourseViews.CourseOption;
import ru.opora.teachers.CourseViews.CourseSummary;
import ru.opora.teachers.CourseViews.EnrolmentRow;
import ru.opora.teachers.CourseViews.TeacherOption;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The course catalogue of a municipality: everyone logged in reads the catalogues of the
 * municipalities they see (no personal data in it); the municipality's coordinator and
 * the administrator keep it. A course's enrolments show names only to those who see the
 * teacher's school by name ({@link TeacherAccess}); others see counts.
 */
@Service
@RequiredArgsConstructor
class CourseService {

	static final String ENTITY = "course";

	private final CourseRepository courses;

	private final EnrolmentRepository enrolments;

	private final TeacherRepository teachers;

	private final TeacherAccess access;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * The catalogue of one municipality the user sees (the first when none is asked for).
	 */
	@Transactional(readOnly = true)
	Catalogue catalogue(Long municipalityId) {
		CurrentUser user = CurrentUser.require();
		List<MunicipalityOption> visible = visibleMunicipalities(user);
		MunicipalityOption selected = visible.stream()
			.filter((m) -> m.id().equals(municipalityId))
			.findFirst()
			.orElseGet(() -> visible.stream()
				.filter((m) -> m.id().equals(user.municipalityId()))
				.findFirst()
				.orElse(visible.isEmpty() ? null : visible.get(0)));
		if (selected == null) {
			return new Catalogue(visible, null, List.of(), false);
		}
		List<Course> list = this.courses
			.findByMunicipalityIdInOrderByActiveDescStartsOnDescTitleAsc(List.of(selected.id()));
		return new Catalogue(visible, selected, summaries(list, Map.of(selected.id(), selected.name())),
				this.access.canManageMunicipality(user, selected.id()));
	}

	/**
	 * A course's page.
	 */
	@Transactional(readOnly = true)
	CourseDetails course(Long courseId) {
		CurrentUser user = CurrentUser.require();
		Course course = visibleCourse(user, courseId);
		String municipality = this.schools.municipality(course.getMunicipalityId())
			.map(MunicipalityOption::name)
			.orElse("");
		CourseSummary summary = summaries(List.of(course), Map.of(course.getMunicipalityId(), municipality)).get(0);
		List<Enrolment> list = this.enrolments.findByCourseIdOrderByIdAsc(courseId);
		Map<EnrolmentStatus, Integer> counts = new EnumMap<>(EnrolmentStatus.class);
		for (EnrolmentStatus s : EnrolmentStatus.values()) {
			counts.put(s, 0);
		}
		int grew = 0;
		int withScores = 0;
		for (Enrolment e : list) {
			counts.merge(e.getStatus(), 1, Integer::sum);
			if (e.grew() != null) {
				withScores++;
				grew += e.grew() ? 1 : 0;
			}
		}
		List<EnrolmentRow> rows = visibleRows(user, list, Map.of(course.getId(), course));
		return new CourseDetails(summary, counts, grew, withScores, rows, list.size() - rows.size(),
				this.access.canManageMunicipality(user, course.getMunicipalityId()),
				course.isActive() ? enrollable(user, course) : List.of());
	}

	/**
	 * The municipalities whose catalogue the user keeps (a coordinator: their own; the
	 * administrator: all); refused for everyone else.
	 */
	@Transactional(readOnly = true)
	List<MunicipalityOption> manageableMunicipalities() {
		CurrentUser user = CurrentUser.require();
		List<MunicipalityOption> list = visibleMunicipalities(user).stream()
			.filter((m) -> this.access.canManageMunicipality(user, m.id()))
			.toList();
		if (list.isEmpty()) {
			throw new AccessDeniedException("No course catalogue is kept by " + user.username());
		}
		return list;
	}

	@Transactional(readOnly = true)
	CourseCommand forEdit(Long courseId) {
		CurrentUser user = CurrentUser.require();
		Course course = visibleCourse(user, courseId);
		checkManage(user, course.getMunicipalityId());
		return CourseCommand.of(course);
	}

	@Transactional(readOnly = true)
	long version(Long courseId) {
		return visibleCourse(CurrentUser.require(), courseId).getVersion();
	}

	/**
	 * Adds a course to a municipality's catalogue (the coordinator: their own).
	 */
	@Transactional
	Long create(Long municipalityId, CourseCommand command) {
		CurrentUser user = CurrentUser.require();
		Long target = (user.is(Role.COORDINATOR)) ? user.municipalityId() : municipalityId;
		if (target == null || this.schools.municipality(target).isEmpty()) {
			throw new ru.opora.common.RuleViolationException("teachers.course.municipalityRequired");
		}
		checkManage(user, target);
		Course course = this.courses.saveAndFlush(new Course(target, command, user.username(), this.clock.instant()));
		this.auditLog.recordChange(AuditAction.CREATE, ENTITY, course.getId(), Map.of(), command.audited());
		return course.getId();
	}

	@Transactional
	void update(Long courseId, long version, CourseCommand command) {
		CurrentUser user = CurrentUser.require();
		Course course = visibleCourse(user, courseId);
		checkManage(user, course.getMunicipalityId());
		if (course.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Course.class, courseId);
		}
		Map<String, Object> before = CourseCommand.of(course).audited();
		course.apply(command);
		this.courses.saveAndFlush(course);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, courseId, before, command.audited());
	}

	/**
	 * Active courses of a municipality, for the drop-downs of plans and enrolments.
	 */
	@Transactional(readOnly = true)
	List<CourseOption> activeCourses(Long municipalityId) {
		return this.courses.findByMunicipalityIdAndActiveTrueOrderByTitleAsc(municipalityId)
			.stream()
			.map((c) -> new CourseOption(c.getId(), c.getTitle(), c.getProvider()))
			.toList();
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * The municipalities whose catalogues the user reads: those of the schools they see,
	 * and their own.
	 */
	List<MunicipalityOption> visibleMunicipalities(CurrentUser user) {
		SchoolScope scope = this.access.figuresScope(user);
		if (scope.schoolIds() == null) {
			return this.schools.visibleMunicipalities();
		}
		Set<Long> ids = new LinkedHashSet<>();
		if (user.municipalityId() != null) {
			ids.add(user.municipalityId());
		}
		this.schools.places(scope.schoolIds()).forEach((p) -> ids.add(p.municipalityId()));
		return ids.stream()
			.map(this.schools::municipality)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(MunicipalityOption::name))
			.toList();
	}

	Course visibleCourse(CurrentUser user, Long courseId) {
		Course course = this.courses.findById(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
		boolean visible = visibleMunicipalities(user).stream()
			.anyMatch((m) -> m.id().equals(course.getMunicipalityId()));
		if (!visible) {
			throw new CourseNotFoundException(courseId);
		}
		return course;
	}

	private void checkManage(CurrentUser user, Long municipalityId) {
		if (!this.access.canManageMunicipality(user, municipalityId)) {
			throw new AccessDeniedException("The catalogue of municipality " + municipalityId + " is read only");
		}
	}

	private List<CourseSummary> summaries(List<Course> list, Map<Long, String> municipalityNames) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, int[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select course_id, count(*) as enrolled,
				       count(*) filter (where status = 'COMPLETED') as completed,
				       count(*) filter (where final_score > entry_score) as grew
				from course_enrolment where course_id in (:ids) group by course_id""")
			.param("ids", list.stream().map(Course::getId).toList())
			.query((rs, n) -> counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4) }))
			.list();
		List<CourseSummary> out = new ArrayList<>();
		for (Course c : list) {
			int[] n = counts.getOrDefault(c.getId(), new int[3]);
			out.add(new CourseSummary(c.getId(), c.getMunicipalityId(),
					municipalityNames.getOrDefault(c.getMunicipalityId(), ""), c.getTitle(), c.getProvider(),
					c.getHours(), c.getFormat(), c.getStartsOn(), c.getEndsOn(), c.getDescription(), c.isActive(),
					c.getVersion(), n[0], n[1], n[2]));
		}
		return out;
	}

	/**
	 * The enrolments whose teacher the user sees by name, as rows (one query for the
	 * teachers, one for their schools).
	 */
	List<EnrolmentRow> visibleRows(CurrentUser user, List<Enrolment> list, Map<Long, Course> coursesById) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Teacher> teachersById = this.teachers
			.findAllById(list.stream().map(Enrolment::getTeacherId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Teacher::getId, Function.identity()));
		Map<Long, SchoolPlace> places = this.schools
			.places(teachersById.values().stream().map(Teacher::getSchoolId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(SchoolPlace::id, Function.identity()));
		List<EnrolmentRow> rows = new ArrayList<>();
		for (Enrolment e : list) {
			Teacher t = teachersById.get(e.getTeacherId());
			SchoolPlace place = (t != null) ? places.get(t.getSchoolId()) : null;
			if (place == null || !this.access.seesNames(user,
					new SchoolLocation(place.id(), place.municipalityId(), place.regionId()))) {
				continue;
			}
			rows.add(row(e, coursesById.get(e.getCourseId()), t, place.shortName()));
		}
		return rows;
	}

	static EnrolmentRow row(Enrolment e, Course c, Teacher t, String schoolName) {
		return new EnrolmentRow(e.getId(), c.getId(), c.getTitle(), c.getProvider(), c.getHours(), c.getFormat(),
				c.getStartsOn(), c.getEndsOn(), t.getId(), t.getFullName(), schoolName, e.getStatus(),
				e.getEntryScore(), e.getFinalScore(), e.getCompletedOn(), e.getCertificateFileId() != null);
	}

	/**
	 * Teachers the user keeps in the course's municipality, still working and not yet on
	 * the course: the school its own, the coordinator every school's.
	 */
	private List<TeacherOption> enrollable(CurrentUser user, Course course) {
		Long schoolFilter;
		if (user.is(Role.SCHOOL)) {
			schoolFilter = user.schoolId();
		}
		else if (user.is(Role.COORDINATOR) && course.getMunicipalityId().equals(user.municipalityId())) {
			schoolFilter = null;
		}
		else {
			return List.of();
		}
		if (user.is(Role.SCHOOL) && (schoolFilter == null || this.schools.location(schoolFilter)
			.map((l) -> !l.municipalityId().equals(course.getMunicipalityId()))
			.orElse(true))) {
			return List.of();
		}
		return this.jdbc.sql("""
				select t.id, t.full_name, s.short_name from teacher t join school s on s.id = t.school_id
				where s.municipality_id = :municipality and (cast(:school as bigint) is null or s.id = :school)
				  and t.left_on is null and t.anonymised_at is null
				  and not exists (select 1 from course_enrolment e where e.course_id = :course and e.teacher_id = t.id)
				order by s.short_name, t.full_name, t.id""")
			.param("municipality", course.getMunicipalityId())
			.param("school", schoolFilter)
			.param("course", course.getId())
			.query((rs, n) -> new TeacherOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
