package ru.opora.teachers;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestFiles;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrolments through the web: enrolling (once per teacher and course, a course of the
 * teacher's municipality), the status workflow with its refusals, the test scores with
 * their form messages, and the certificate with its access rule.
 */
class EnrolmentIntegrationTests extends PortalIntegrationTest {

	CourseFixture f;

	long course;

	@BeforeEach
	void setUp() {
		this.f = new CourseFixture(this.jdbc);
		this.course = this.f.course(this.f.municipality, "Функциональная грамотность");
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as("admin".equals(who) ? "admin" : this.f.login(who)));
	}

	@Test
	void theSchoolEnrolsItsTeacherOnceFromTheCard() throws Exception {
		this.mvc
			.perform(as(post("/teachers/{id}/enrolments", this.f.riskTeacher), "school").with(csrf())
				.param("courseId", String.valueOf(this.course)))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					flash().attribute("flash", new FlashMessage("success", "teachers.enrolment.enrolled", List.of())));
		this.mvc
			.perform(as(post("/teachers/{id}/enrolments", this.f.riskTeacher), "school").with(csrf())
				.param("courseId", String.valueOf(this.course)))
			.andExpect(
					flash().attribute("flash", new FlashMessage("warning", "teachers.enrolment.duplicate", List.of())));
		assertThat(count("select count(*) from course_enrolment where teacher_id = ?", this.f.riskTeacher))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from course_enrolment where teacher_id = ?", String.class,
				this.f.riskTeacher))
			.isEqualTo("PLANNED");
		// a course of another municipality is refused
		long foreign = this.f.course(this.f.otherMunicipality, "Чужой курс");
		this.mvc
			.perform(as(post("/teachers/{id}/enrolments", this.f.teacherA2), "school").with(csrf())
				.param("courseId", String.valueOf(foreign)))
			.andExpect(flash().attribute("flash",
					new FlashMessage("warning", "teachers.enrolment.courseOfOtherMunicipality", List.of())));
		assertThat(count("select count(*) from course_enrolment where teacher_id = ?", this.f.teacherA2)).isZero();
		String card = html("school", "/teachers/" + this.f.riskTeacher);
		assertThat(card).contains("Курсы повышения квалификации", "Функциональная грамотность " + this.f.suffix,
				"запланирован");
	}

	@Test
	void theCoordinatorEnrolsFromTheCoursePageAndOthersMayNot() throws Exception {
		this.mvc
			.perform(as(post("/courses/{id}/enrolments", this.course), "coord").with(csrf())
				.param("teacherId", String.valueOf(this.f.teacherB)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from course_enrolment where teacher_id = ?", this.f.teacherB)).isEqualTo(1);
		// the school of the teacher hears of it, the other school does not
		assertThat(count("""
				select count(*) from notification n join app_user u on u.id = n.user_id
				where u.username = ? and n.message_key = 'notifications.teachers.enrolled'""", this.f.login("schoolb")))
			.isEqualTo(1);
		assertThat(count("""
				select count(*) from notification n join app_user u on u.id = n.user_id
				where u.username = ? and n.message_key = 'notifications.teachers.enrolled'""", this.f.login("school")))
			.isZero();
		this.mvc
			.perform(as(post("/courses/{id}/enrolments", this.course), "curator").with(csrf())
				.param("teacherId", String.valueOf(this.f.riskTeacher)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(post("/courses/{id}/enrolments", this.course), "school").with(csrf())
				.param("teacherId", String.valueOf(this.f.teacherB)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(post("/courses/{id}/enrolments", this.course), "observer").with(csrf())
				.param("teacherId", String.valueOf(this.f.riskTeacher)))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from course_enrolment where course_id = ?", this.course)).isEqualTo(1);
	}

	@Test
	void statusTransitionsAndRefusals() throws Exception {
		long e = this.f.enrolment(this.course, this.f.riskTeacher, "PLANNED");
		// planned → completed is refused with a message, nothing changes
		move(e, "school", "COMPLETED", "teachers.enrolment.refused.notStarted");
		assertThat(statusOf(e)).isEqualTo("PLANNED");
		move(e, "school", "IN_PROGRESS", null);
		assertThat(statusOf(e)).isEqualTo("IN_PROGRESS");
		move(e, "school", "PLANNED", "teachers.enrolment.refused.backToPlanned");
		move(e, "coord", "COMPLETED", null);
		assertThat(this.jdbc.queryForMap("select status, completed_on from course_enrolment where id = ?", e))
			.containsEntry("status", "COMPLETED")
			.containsEntry("completed_on", java.sql.Date.valueOf(this.clock.today()));
		move(e, "school", "NOT_COMPLETED", "teachers.enrolment.refused.reopenFirst");
		move(e, "school", "IN_PROGRESS", null);
		assertThat(this.jdbc.queryForMap("select status, completed_on from course_enrolment where id = ?", e))
			.containsEntry("status", "IN_PROGRESS")
			.containsEntry("completed_on", null);
		move(e, "school", "NOT_COMPLETED", null);
		assertThat(statusOf(e)).isEqualTo("NOT_COMPLETED");
		assertThat(count("select count(*) from audit_event where entity_type = 'course_enrolment' and entity_id = ?",
				String.valueOf(e)))
			.isEqualTo(4);
		// the curator reads but may not change
		this.mvc.perform(as(get("/enrolments/{id}", e), "curator")).andExpect(status().isOk());
		this.mvc
			.perform(as(post("/enrolments/{id}/status", e), "curator").with(csrf())
				.param("status", "IN_PROGRESS")
				.param("version", String.valueOf(version(e))))
			.andExpect(status().isForbidden());
		assertThat(statusOf(e)).isEqualTo("NOT_COMPLETED");
		for (String who : List.of("schoolb", "foreign", "coord2", "observer", "admin")) {
			this.mvc.perform(as(get("/enrolments/{id}", e), who)).andExpect(status().isNotFound());
		}
	}

	@Test
	void scoresAreCheckedAndNothingIsHalfSaved() throws Exception {
		long e = this.f.enrolment(this.course, this.f.riskTeacher, "COMPLETED");
		String page = result(e, "40", "сто", "2026-11-01");
		assertThat(page).contains("Введите число от 0 до 100, например 72 или 72,5.");
		page = result(e, "40", "101", "2026-11-01");
		assertThat(page).contains("Балл должен быть от 0 до 100");
		page = result(e, "-1", "70", "2026-11-01");
		assertThat(page).contains("Балл должен быть от 0 до 100");
		assertThat(this.jdbc.queryForMap("select entry_score, final_score from course_enrolment where id = ?", e))
			.containsEntry("entry_score", null)
			.containsEntry("final_score", null);
		this.mvc
			.perform(as(post("/enrolments/{id}/result", e), "school").with(csrf())
				.param("version", String.valueOf(version(e)))
				.param("entryScore", "40")
				.param("finalScore", "72,5")
				.param("completedOn", "2026-11-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select final_score from course_enrolment where id = ?",
				java.math.BigDecimal.class, e))
			.isEqualByComparingTo("72.5");
		assertThat(html("school", "/enrolments/" + e)).contains("40 → 72,5", "рост");
	}

	@Test
	void aFinalScoreNeedsAFinishedCourse() throws Exception {
		long e = this.f.enrolment(this.course, this.f.riskTeacher, "IN_PROGRESS");
		String page = result(e, "40", "70", null);
		assertThat(page).contains("Итоговый тест можно внести, когда курс завершён или не завершён.");
		assertThat(this.jdbc.queryForObject("select entry_score from course_enrolment where id = ?",
				java.math.BigDecimal.class, e))
			.isNull();
	}

	@Test
	void theCertificateIsUploadedToACompletedCourseAndDownloadedByThoseWhoSeeTheName() throws Exception {
		long e = this.f.enrolment(this.course, this.f.riskTeacher, "IN_PROGRESS");
		upload(e, "school", "удостоверение.pdf", TestFiles.pdf("certificate"));
		assertThat(certificate(e)).isNull();
		move(e, "school", "COMPLETED", null);
		// a program is refused whatever its name
		upload(e, "school", "удостоверение.pdf", TestFiles.executable());
		assertThat(certificate(e)).isNull();
		upload(e, "school", "удостоверение.pdf", TestFiles.pdf("certificate"));
		assertThat(certificate(e)).isNotNull();
		for (String who : List.of("school", "coord", "curator")) {
			this.mvc.perform(as(get("/enrolments/{id}/certificate", e), who))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"));
		}
		for (String who : List.of("schoolb", "foreign", "observer", "admin")) {
			this.mvc.perform(as(get("/enrolments/{id}/certificate", e), who)).andExpect(status().isNotFound());
		}
		// a scan as PNG or JPEG (also named «.jpeg») replaces it
		upload(e, "school", "скан.png", image("png"));
		assertThat(this.jdbc.queryForObject("""
				select f.content_type from stored_file f join course_enrolment e on e.certificate_file_id = f.id
				where e.id = ?""", String.class, e)).isEqualTo("image/png");
		upload(e, "school", "скан.jpeg", image("jpg"));
		this.mvc.perform(as(get("/enrolments/{id}/certificate", e), "coord"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
		// a PNG named .pdf is refused
		Long jpeg = certificate(e);
		upload(e, "school", "скан.pdf", image("png"));
		assertThat(certificate(e)).isEqualTo(jpeg);
		// the curator may not replace it
		Long before = certificate(e);
		this.mvc
			.perform(multipart("/enrolments/{id}/certificate", e)
				.file(new MockMultipartFile("file", "другое.pdf", "application/pdf", TestFiles.pdf("other")))
				.param("version", String.valueOf(version(e)))
				.with(this.demo.as(this.f.login("curator")))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(certificate(e)).isEqualTo(before);
	}

	private static byte[] image(String format) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private void upload(long e, String who, String name, byte[] bytes) throws Exception {
		this.mvc
			.perform(multipart("/enrolments/{id}/certificate", e)
				.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
				.param("version", String.valueOf(version(e)))
				.with(this.demo.as(this.f.login(who)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private String result(long e, String entry, String last, String completedOn) throws Exception {
		MockHttpServletRequestBuilder request = as(post("/enrolments/{id}/result", e), "school").with(csrf())
			.param("version", String.valueOf(version(e)))
			.param("entryScore", entry)
			.param("finalScore", last);
		if (completedOn != null) {
			request.param("completedOn", completedOn);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void move(long e, String who, String target, String refusal) throws Exception {
		this.mvc
			.perform(as(post("/enrolments/{id}/status", e), who).with(csrf())
				.param("status", target)
				.param("version", String.valueOf(version(e))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", (refusal != null) ? new FlashMessage("warning", refusal, List.of())
					: new FlashMessage("success", "teachers.enrolment.statusChanged", List.of())));
	}

	private String html(String who, String url) throws Exception {
		return this.mvc.perform(as(get(url), who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long version(long e) {
		return this.jdbc.queryForObject("select version from course_enrolment where id = ?", Long.class, e);
	}

	private String statusOf(long e) {
		return this.jdbc.queryForObject("select status from course_enrolment where id = ?", String.class, e);
	}

	private Long certificate(long e) {
		return this.jdbc.queryForObject("select certificate_file_id from course_enrolment where id = ?", Long.class, e);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
