package ru.opora.teachers;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Methodological associations: the coordinator keeps them (members, leader, meetings with
 * attendance and materials, audited with ids, never names); who sees which names; another
 * municipality's association does not exist; bad input gives form messages and saves
 * nothing.
 */
class AssociationIntegrationTests extends PortalIntegrationTest {

	AssociationFixture f;

	@BeforeEach
	void setUp() {
		this.f = new AssociationFixture(this.jdbc);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as(this.f.login(who)));
	}

	String html(MockHttpServletRequestBuilder request, String who) throws Exception {
		return this.mvc.perform(as(request, who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void theCoordinatorKeepsAnAssociationWithMembersMeetingsAndMaterials() throws Exception {
		String name = "ММО учителей русского языка " + this.f.suffix;
		MvcResult created = this.mvc
			.perform(as(post("/associations"), "coord").with(csrf())
				.param("municipalityId", String.valueOf(this.f.municipality))
				.param("name", name)
				.param("theme", "Русский язык и литература"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = count("select id from teacher_association where name = ?", name);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/associations/" + id);

		this.mvc
			.perform(as(post("/associations/{id}/members", id), "coord").with(csrf())
				.param("teacherIds", String.valueOf(this.f.a1), String.valueOf(this.f.b1), String.valueOf(this.f.b2)))
			.andExpect(status().is3xxRedirection());
		long version = count("select version from teacher_association where id = ?", id);
		this.mvc
			.perform(as(post("/associations/{id}", id), "coord").with(csrf())
				.param("name", name)
				.param("theme", "Русский язык и литература")
				.param("leaderTeacherId", String.valueOf(this.f.a1))
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select leader_teacher_id from teacher_association where id = ?", id)).isEqualTo(this.f.a1);
		assertThat(count("select count(*) from teacher_association_member where association_id = ?", id)).isEqualTo(3);

		this.mvc
			.perform(as(post("/associations/{id}/meetings", id), "coord").with(csrf())
				.param("heldOn", "2026-10-21")
				.param("topic", "Итоги ВПР")
				.param("note", "Решили провести открытые уроки")
				.param("attendees", String.valueOf(this.f.a1), String.valueOf(this.f.b1)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/associations/meetings/*"));
		long meeting = count("select id from teacher_association_meeting where association_id = ?", id);
		assertThat(this.jdbc.queryForList(
				"select teacher_id from teacher_association_attendance where meeting_id = ? order by teacher_id",
				Long.class, meeting))
			.containsExactly(this.f.a1, this.f.b1);

		byte[] pdf = TestFiles.pdf("MMO protocol");
		this.mvc
			.perform(multipart("/associations/meetings/{id}/files", meeting)
				.file(new MockMultipartFile("file", "Протокол заседания.pdf", "application/pdf", pdf))
				.with(this.demo.as(this.f.login("coord")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long file = count("select file_id from teacher_association_meeting_file where meeting_id = ?", meeting);
		byte[] downloaded = this.mvc.perform(as(get("/associations/meetings/{m}/files/{f}", meeting, file), "schoolb"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		this.mvc.perform(as(get("/associations/meetings/{m}/files/{f}", meeting, file), "coord2"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/associations/meetings/{m}/files/{f}", meeting, file), "observer2"))
			.andExpect(status().isNotFound());

		String page = html(get("/associations/{id}", id), "coord");
		assertThat(page).contains(this.f.name(this.f.a1), this.f.name(this.f.b1), this.f.name(this.f.b2), "Итоги ВПР");
		String meetingPage = html(get("/associations/meetings/{id}", meeting), "coord");
		assertThat(meetingPage).contains("Протокол заседания.pdf", "2 из 3", "21.10.2026");

		List<String> audit = this.jdbc.queryForList("""
				select action || ' ' || coalesce(details, '') from audit_event
				where (entity_type = 'TeacherAssociation' and entity_id = ?)
				   or (entity_type = 'TeacherAssociationMeeting' and entity_id = ?) order by id""", String.class,
				String.valueOf(id), String.valueOf(meeting));
		assertThat(audit).hasSizeGreaterThanOrEqualTo(5);
		assertThat(audit.get(0)).startsWith("CREATE");
		assertThat(String.join("\n", audit)).contains("teacher #" + this.f.a1, "Протокол заседания.pdf")
			.doesNotContain(this.f.name(this.f.a1), this.f.name(this.f.b1));
	}

	@Test
	void namesAreShownOnlyToThoseWhoSeeTheTeachersSchool() throws Exception {
		long id = this.f.association("ММО математики", this.f.a1, this.f.a1, this.f.a2, this.f.b1);
		long meeting = this.f.meeting(id, "Заседание " + this.f.suffix, this.f.a1, this.f.b1);
		String a1 = this.f.name(this.f.a1);
		String a2 = this.f.name(this.f.a2);
		String b1 = this.f.name(this.f.b1);

		assertThat(html(get("/associations/{id}", id), "coord")).contains(a1, a2, b1);
		assertThat(html(get("/associations/{id}", id), "schoola")).contains(a1, a2).doesNotContain(b1);
		assertThat(html(get("/associations/{id}", id), "schoolb")).contains(b1).doesNotContain(a1, a2);
		assertThat(html(get("/associations/{id}", id), "curator")).contains(b1).doesNotContain(a1, a2);
		for (String who : new String[] { "observer", "admin" }) {
			String page = html(get("/associations/{id}", id), who);
			assertThat(page).as(who).doesNotContain(a1, a2, b1).contains("Заседание " + this.f.suffix);
			assertThat(html(get("/associations/meetings/{id}", meeting), who)).as(who).doesNotContain(a1, b1);
			assertThat(html(get("/associations"), who)).as(who)
				.contains("ММО математики " + this.f.suffix)
				.doesNotContain(a1);
		}
		// school A sees its own attendee by name and the other school's as a count
		String meetingPage = html(get("/associations/meetings/{id}", meeting), "schoola");
		assertThat(meetingPage).contains(a1).doesNotContain(b1).contains("2 из 3");
	}

	static Stream<Arguments> visibility() {
		return Stream.of(Arguments.of("coord", 200), Arguments.of("schoola", 200), Arguments.of("curator", 200),
				Arguments.of("observer", 200), Arguments.of("admin", 200), Arguments.of("coord2", 404),
				Arguments.of("schoolc", 404), Arguments.of("observer2", 404));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("visibility")
	void anotherMunicipalitysAssociationDoesNotExist(String who, int expected) throws Exception {
		long id = this.f.association("ММО видимости", null, this.f.a1);
		long meeting = this.f.meeting(id, "Тема видимости");
		this.mvc.perform(as(get("/associations/{id}", id), who)).andExpect(status().is(expected));
		this.mvc.perform(as(get("/associations/meetings/{id}", meeting), who)).andExpect(status().is(expected));
		String list = html(get("/associations"), who);
		if (expected == 200) {
			assertThat(list).contains("ММО видимости " + this.f.suffix);
		}
		else {
			assertThat(list).doesNotContain("ММО видимости " + this.f.suffix);
		}
	}

	/** who → status of creating an association in M, and of recording a meeting */
	static Stream<Arguments> keeping() {
		return Stream.of(Arguments.of("coord", 302, 302), Arguments.of("admin", 302, 302),
				Arguments.of("schoola", 403, 403), Arguments.of("curator", 403, 403),
				Arguments.of("observer", 403, 403), Arguments.of("coord2", 403, 404));
	}

	@ParameterizedTest(name = "{0}: create {1}, meeting {2}")
	@MethodSource("keeping")
	void onlyTheCoordinatorAndTheAdministratorKeepAssociations(String who, int create, int meeting) throws Exception {
		String name = "ММО от " + who + " " + this.f.suffix;
		this.mvc
			.perform(as(post("/associations"), who).with(csrf())
				.param("municipalityId", String.valueOf(this.f.municipality))
				.param("name", name))
			.andExpect(status().is(create));
		assertThat(count("select count(*) from teacher_association where name = ?", name))
			.isEqualTo((create == 302) ? 1 : 0);
		long id = this.f.association("ММО для заседаний " + who, null, this.f.a1);
		String topic = "Тема от " + who;
		this.mvc
			.perform(as(post("/associations/{id}/meetings", id), who).with(csrf())
				.param("heldOn", "2026-11-01")
				.param("topic", topic))
			.andExpect(status().is(meeting));
		assertThat(count("select count(*) from teacher_association_meeting where association_id = ? and topic = ?", id,
				topic))
			.isEqualTo((meeting == 302) ? 1 : 0);
		this.mvc
			.perform(as(post("/associations/{id}/members", id), who).with(csrf())
				.param("teacherIds", String.valueOf(this.f.a2)))
			.andExpect(status().is(who.equals("coord") ? 302 : (meeting == 404) ? 404 : 403));
		assertThat(count("select count(*) from teacher_association_member where association_id = ?", id))
			.isEqualTo(who.equals("coord") ? 2 : 1);
	}

	@ParameterizedTest(name = "date «{0}»")
	@ValueSource(strings = { "завтра", "", "31.02.2026" })
	void aBadDateGivesAMessageAndSavesNothing(String date) throws Exception {
		long id = this.f.association("ММО дат", null, this.f.a1);
		String page = html(post("/associations/{id}/meetings", id).with(csrf())
			.param("heldOn", date)
			.param("topic", "Тема с плохой датой"), "coord");
		assertThat(page).contains("is-invalid")
			.containsAnyOf("Введите дату в формате дд.мм.гггг.", "Укажите дату заседания.");
		assertThat(count("select count(*) from teacher_association_meeting where association_id = ?", id)).isZero();
	}

	@Test
	void anEmptyTopicGivesAMessageAndSavesNothing() throws Exception {
		long id = this.f.association("ММО тем", null, this.f.a1);
		String page = html(post("/associations/{id}/meetings", id).with(csrf())
			.param("heldOn", "2026-11-01")
			.param("topic", "   ")
			.param("attendees", String.valueOf(this.f.a1)), "coord");
		assertThat(page).contains("Укажите тему заседания.");
		assertThat(count("select count(*) from teacher_association_meeting where association_id = ?", id)).isZero();
	}

	@Test
	void aNameMustBeGivenAndUniqueInTheMunicipality() throws Exception {
		long existing = this.f.association("ММО имён", null);
		String taken = html(post("/associations").with(csrf())
			.param("municipalityId", String.valueOf(this.f.municipality))
			.param("name", " ммо   ИМЁН " + this.f.suffix.toUpperCase()), "coord");
		assertThat(taken).contains("В муниципалитете уже есть объединение с таким названием.");
		String blank = html(post("/associations").with(csrf())
			.param("municipalityId", String.valueOf(this.f.municipality))
			.param("name", ""), "coord");
		assertThat(blank).contains("Укажите название объединения.");
		assertThat(count("select count(*) from teacher_association where municipality_id = ?", this.f.municipality))
			.isEqualTo(1);
		assertThat(existing).isPositive();
	}

	@Test
	void membersComeOnlyFromTheMunicipalitysWorkingTeachers() throws Exception {
		long id = this.f.association("ММО состава", null);
		this.mvc
			.perform(as(post("/associations/{id}/members", id), "coord").with(csrf())
				.param("teacherIds", String.valueOf(this.f.a1), String.valueOf(this.f.c1)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_association_member where association_id = ?", id)).isZero();
		this.jdbc.update("update teacher set left_on = date '2026-10-01' where id = ?", this.f.a2);
		this.mvc
			.perform(as(post("/associations/{id}/members", id), "coord").with(csrf())
				.param("teacherIds", String.valueOf(this.f.a2)))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_association_member where association_id = ?", id)).isZero();
		// attendance only of members
		long meetingCount = count("select count(*) from teacher_association_meeting where association_id = ?", id);
		String page = html(post("/associations/{id}/meetings", id).with(csrf())
			.param("heldOn", "2026-11-01")
			.param("topic", "Посторонний")
			.param("attendees", String.valueOf(this.f.b1)), "coord");
		assertThat(page).contains("Отмечать можно только участников объединения.");
		assertThat(count("select count(*) from teacher_association_meeting where association_id = ?", id))
			.isEqualTo(meetingCount);
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		long id = this.f.association("ММО версий", null);
		this.mvc
			.perform(as(post("/associations/{id}", id), "coord").with(csrf())
				.param("name", "Новое имя " + this.f.suffix)
				.param("version", "7"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select name from teacher_association where id = ?", String.class, id))
			.isEqualTo("ММО версий " + this.f.suffix);
	}

	@Test
	void theTeachersCardListsTheirAssociations() throws Exception {
		long id = this.f.association("ММО карточки", this.f.a1, this.f.a1, this.f.b1);
		this.f.meeting(id, "Заседание карточки", this.f.a1);
		this.f.meeting(id, "Второе заседание карточки");
		String card = html(get("/teachers/{id}", this.f.a1), "coord");
		assertThat(card).contains("id=\"card-associations\"", "ММО карточки " + this.f.suffix, "1 из 2",
				"руководитель");
		String other = html(get("/teachers/{id}", this.f.a2), "schoola");
		assertThat(other).contains("id=\"card-associations\"", "Не состоит в методических объединениях.")
			.doesNotContain("ММО карточки " + this.f.suffix);
	}

	@Test
	void aMeetingIsEditedItsMaterialRemovedAndItIsDeleted() throws Exception {
		long id = this.f.association("ММО правок", null, this.f.a1, this.f.b1);
		long meeting = this.f.meeting(id, "Старая тема", this.f.a1);
		this.mvc
			.perform(as(post("/associations/meetings/{id}", meeting), "coord").with(csrf())
				.param("heldOn", "2026-10-22")
				.param("topic", "Новая тема")
				.param("attendees", String.valueOf(this.f.b1))
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select topic from teacher_association_meeting where id = ?", String.class,
				meeting))
			.isEqualTo("Новая тема");
		assertThat(this.jdbc.queryForList("select teacher_id from teacher_association_attendance where meeting_id = ?",
				Long.class, meeting))
			.containsExactly(this.f.b1);
		// the administrator edits the topic but cannot see, so does not change, the
		// attendance
		this.mvc
			.perform(as(post("/associations/meetings/{id}", meeting), "admin").with(csrf())
				.param("heldOn", "2026-10-22")
				.param("topic", "Тема администратора")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select teacher_id from teacher_association_attendance where meeting_id = ?",
				Long.class, meeting))
			.containsExactly(this.f.b1);

		this.mvc
			.perform(multipart("/associations/meetings/{id}/files", meeting)
				.file(new MockMultipartFile("file", "План.docx", "application/octet-stream", TestFiles.docx("План")))
				.with(this.demo.as(this.f.login("coord")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long file = count("select file_id from teacher_association_meeting_file where meeting_id = ?", meeting);
		this.mvc
			.perform(multipart("/associations/meetings/{id}/files", meeting)
				.file(new MockMultipartFile("file", "вирус.pdf", "application/pdf", TestFiles.executable()))
				.with(this.demo.as(this.f.login("coord")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_association_meeting_file where meeting_id = ?", meeting))
			.isEqualTo(1);
		this.mvc.perform(as(post("/associations/meetings/{m}/files/{f}/remove", meeting, file), "schoola").with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(post("/associations/meetings/{m}/files/{f}/remove", meeting, file), "coord").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_association_meeting_file where meeting_id = ?", meeting))
			.isZero();
		this.mvc.perform(as(get("/associations/meetings/{m}/files/{f}", meeting, file), "coord"))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(
					as(post("/associations/meetings/{id}/delete", meeting), "coord").with(csrf())
						.param("version", String
							.valueOf(count("select version from teacher_association_meeting where id = ?", meeting))))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_association_meeting where id = ?", meeting)).isZero();
		this.mvc.perform(as(post("/associations/{id}/members/{t}/remove", id, this.f.b1), "coord").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select teacher_id from teacher_association_member where association_id = ?",
				Long.class, id))
			.containsExactly(this.f.a1);
		this.mvc
			.perform(as(post("/associations/{id}/delete", id), "coord").with(csrf())
				.param("version", String.valueOf(count("select version from teacher_association where id = ?", id))))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_association where id = ?", id)).isZero();
		assertThat(count("select count(*) from audit_event where entity_type = 'TeacherAssociation' and entity_id = ?"
				+ " and action = 'DELETE'", String.valueOf(id)))
			.isEqualTo(1);
	}

}
