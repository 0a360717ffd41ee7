package ru.opora.teachers;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.teachers.CourseViews.CardCourses;
import ru.opora.teachers.CourseViews.EnrolmentDetails;
import ru.opora.teachers.CourseViews.EnrolmentRow;
import ru.opora.notifications.NotificationService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.users.UserService;

/**
 * Teachers on courses: enrol (one enrolment per teacher and course, a course of the
 * teacher's municipality), move the status, record the test scores and the certificate.
 * Whoever keeps the teacher ({@link TeacherAccess#keptTeacher}: the school and the
 * coordinator) changes; whoever sees the teacher by name reads, and downloads the
 * certificate.
 */
@Service
@RequiredArgsConstructor
class EnrolmentService {

	static final String ENTITY = "course_enrolment";

	static final Set<FileKind> CERTIFICATE = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);

	private final EnrolmentRepository enrolments;

	private final CourseRepository courses;

	private final CourseService courseService;

	private final TeacherAccess access;

	private final SchoolService schools;

	private final FileService files;

	private final AuditLog auditLog;

	private final Clock clock;

	private final NotificationService notifications;

	private final UserService users;

	@Value("${opora.documents.max-file-size:20MB}")
	private DataSize maxFileSize = DataSize.ofMegabytes(20);

	/**
	 * Enrols a teacher the user keeps in an active course of the teacher's municipality.
	 */
	@Transactional
	Long enrol(Long teacherId, Long courseId) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		if (courseId == null) {
			throw new RuleViolationException("teachers.enrolment.courseRequired");
		}
		if (!teacher.isActive()) {
			throw new RuleViolationException("teachers.enrolment.teacherLeft");
		}
		SchoolLocation location = this.schools.location(teacher.getSchoolId()).orElseThrow();
		Course course = this.courses.findById(courseId)
			.filter((c) -> c.getMunicipalityId().equals(location.municipalityId()))
			.orElseThrow(() -> new RuleViolationException("teachers.enrolment.courseOfOtherMunicipality"));
		if (!course.isActive()) {
			throw new RuleViolationException("teachers.enrolment.courseInactive");
		}
		if (this.enrolments.findByCourseIdAndTeacherId(courseId, teacherId).isPresent()) {
			throw new RuleViolationException("teachers.enrolment.duplicate");
		}
		Enrolment enrolment = this.enrolments
			.saveAndFlush(new Enrolment(courseId, teacherId, username(), this.clock.instant()));
		this.auditLog.record(AuditAction.CREATE, ENTITY, enrolment.getId(),
				"teacher: %d, course: «%s»".formatted(teacherId, course.getTitle()));
		if (CurrentUser.require().is(Role.COORDINATOR)) {
			// the school hears of it; no name in the text (notifications may be
			// e-mailed), the link shows it
			this.notifications.notify(this.users.schoolAccounts(teacher.getSchoolId()),
					"notifications.teachers.enrolled", List.of(course.getTitle()), "/enrolments/" + enrolment.getId(),
					null);
		}
		return enrolment.getId();
	}

	/**
	 * The card's section: the teacher's courses and, for whoever keeps the teacher, the
	 * active courses of the municipality not yet taken.
	 */
	@Transactional(readOnly = true)
	CardCourses card(TeacherCardSections.TeacherCard card) {
		Teacher teacher = this.access.checkedTeacher(card.teacherId());
		List<Enrolment> list = this.enrolments.findByTeacherIdOrderByCreatedAtDescIdDesc(teacher.getId());
		Map<Long, Course> byId = this.courses
			.findAllById(list.stream().map(Enrolment::getCourseId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Course::getId, Function.identity()));
		String school = this.schools.shortName(teacher.getSchoolId()).orElse("");
		List<EnrolmentRow> rows = list.stream()
			.map((e) -> CourseService.row(e, byId.get(e.getCourseId()), teacher, school))
			.toList();
		Set<Long> taken = list.stream().map(Enrolment::getCourseId).collect(Collectors.toSet());
		List<CourseViews.CourseOption> options = (card.canKeep() && teacher.isActive())
				? this.courseService.activeCourses(card.municipalityId())
					.stream()
					.filter((c) -> !taken.contains(c.id()))
					.toList()
				: List.of();
		return new CardCourses(teacher.getId(), card.canKeep(), rows, options);
	}

	@Transactional(readOnly = true)
	EnrolmentDetails enrolment(Long enrolmentId) {
		Enrolment e = this.enrolments.findById(enrolmentId)
			.orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
		Teacher teacher = visibleTeacher(e);
		SchoolLocation location = this.schools.location(teacher.getSchoolId()).orElseThrow();
		boolean canKeep = this.access.canKeep(CurrentUser.require(), location);
		Course course = this.courses.findById(e.getCourseId()).orElseThrow();
		String certificate = (e.getCertificateFileId() != null)
				? this.files.info(e.getCertificateFileId()).originalName() : null;
		return new EnrolmentDetails(
				CourseService.row(e, course, teacher, this.schools.shortName(teacher.getSchoolId()).orElse("")),
				e.getVersion(), teacher.getSchoolId(), canKeep, e.getStatus().next().stream().sorted().toList(),
				certificate);
	}

	@Transactional
	void changeStatus(Long enrolmentId, long version, EnrolmentStatus target) {
		Enrolment e = kept(enrolmentId, version);
		EnrolmentStatus before = e.getStatus();
		if (target == null) {
			throw new RuleViolationException("teachers.enrolment.statusRequired");
		}
		e.changeStatus(target, LocalDate.now(this.clock), this.clock.instant());
		this.enrolments.saveAndFlush(e);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, enrolmentId, Map.of("status", before),
				Map.of("status", target));
	}

	@Transactional
	void record(Long enrolmentId, long version, EnrolmentCommand command) {
		Enrolment e = kept(enrolmentId, version);
		Map<String, Object> before = audited(e);
		e.record(command.entryScore(), command.finalScore(), command.completedOn(), this.clock.instant());
		this.enrolments.saveAndFlush(e);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, enrolmentId, before, audited(e));
	}

	@Transactional
	void attachCertificate(Long enrolmentId, long version, String originalName, InputStream content) {
		Enrolment e = kept(enrolmentId, version);
		if (e.getStatus() != EnrolmentStatus.COMPLETED) {
			throw new RuleViolationException("teachers.enrolment.certificateNeedsCompleted");
		}
		FileInfo info = this.files.store(originalName, content, this.maxFileSize.toBytes(), CERTIFICATE, username());
		e.attachCertificate(info.id(), this.clock.instant());
		this.enrolments.saveAndFlush(e);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, enrolmentId,
				"certificate: «%s»".formatted(info.originalName()));
	}

	/**
	 * The certificate, for whoever sees the teacher by name.
	 */
	@Transactional(readOnly = true)
	FileInfo certificate(Long enrolmentId) {
		Enrolment e = this.enrolments.findById(enrolmentId)
			.orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
		visibleTeacher(e);
		if (e.getCertificateFileId() == null) {
			throw new EnrolmentNotFoundException(enrolmentId);
		}
		return this.files.info(e.getCertificateFileId());
	}

	@Transactional(readOnly = true)
	InputStream openCertificate(Long enrolmentId) {
		return this.files.open(certificate(enrolmentId).id());
	}

	private Enrolment kept(Long enrolmentId, long version) {
		Enrolment e = this.enrolments.findById(enrolmentId)
			.orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
		visibleTeacher(e);
		this.access.keptTeacher(e.getTeacherId());
		if (e.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Enrolment.class, enrolmentId);
		}
		return e;
	}

	private Teacher visibleTeacher(Enrolment e) {
		try {
			return this.access.checkedTeacher(e.getTeacherId());
		}
		catch (TeacherNotFoundException ex) {
			throw new EnrolmentNotFoundException(e.getId());
		}
	}

	private static Map<String, Object> audited(Enrolment e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("entryScore", e.getEntryScore());
		m.put("finalScore", e.getFinalScore());
		m.put("completedOn", e.getCompletedOn());
		return m;
	}

	private static String username() {
		return CurrentUser.current().map(CurrentUser::username).orElse(null);
	}

}
