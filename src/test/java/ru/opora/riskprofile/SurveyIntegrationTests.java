package ru.opora.riskprofile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Questionnaire links: answering without an account, wrong and closed links, another
 * group's questions, another school's link, a flood from one client, and the profile
 * computed from the answers. A test programme year with Жидкинская ООШ (the demo
 * «school») and Ундино-Посельская СОШ.
 */
class SurveyIntegrationTests extends PortalIntegrationTest {

	long year;

	long zhidka;

	long undino;

	@BeforeEach
	void programmeYear() {
		this.zhidka = this.demo.school("Жидкинская ООШ");
		this.undino = this.demo.school("Ундино-Посельская СОШ");
		this.year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				select id, 2026, 'Тест анкет', date '2026-04-30', 'coordinator' from municipality
				where name = 'Балейский район' returning id""", Long.class);
		this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?), (?, ?)",
				this.year, this.zhidka, this.year, this.undino);
	}

	@AfterEach
	void removeProgrammeYear() {
		this.jdbc.update("delete from programme_year where id = ?", this.year);
	}

	String base(long school) {
		return "/programmes/" + this.year + "/schools/" + school + "/survey";
	}

	String openLink(String user, long school, String group) throws Exception {
		this.mvc.perform(post(base(school) + "/" + group + "/open").with(this.demo.as(user)).with(csrf()))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject("""
				select token from survey_link where programme_year_id = ? and school_id = ? and respondent_group = ?""",
				String.class, this.year, school, group);
	}

	List<Long> questions(String group) {
		return this.jdbc.queryForList(
				"select id from survey_question where catalogue_year = 2026 and respondent_group = ? order by number",
				Long.class, group);
	}

	MockHttpServletRequestBuilder answer(String token, List<Long> questions, int value) {
		MockHttpServletRequestBuilder request = post("/survey/{token}", token);
		for (Long q : questions) {
			request.param("q" + q, String.valueOf(value));
		}
		return request;
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	int responses(String token) {
		return this.jdbc.queryForObject("""
				select count(*) from survey_response r join survey_link l on l.id = r.link_id where l.token = ?""",
				Integer.class, token);
	}

	@Test
	void respondentsAnswerWithoutAnAccountAndLeaveNoSession() throws Exception {
		String token = openLink("school", this.zhidka, "TEACHER");
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		String form = this.mvc.perform(get("/survey/{token}", token))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("Анкета: Педагоги").contains("Мне не хватает оборудования").doesNotContain("_csrf");
		this.mvc.perform(answer(token, questions("TEACHER"), 3).with(from("10.1.1.1")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(responses(token)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from information_schema.columns where table_name in ('survey_response', 'survey_answer')
				and column_name not in ('id', 'link_id', 'submitted_on', 'response_id', 'question_id', 'value')""",
				Integer.class))
			.isZero();
	}

	@Test
	void incompleteAnswersAndAnotherGroupsQuestionsAreRefused() throws Exception {
		String token = openLink("school", this.zhidka, "TEACHER");
		List<Long> teacher = questions("TEACHER");
		this.mvc.perform(answer(token, teacher.subList(0, 5), 4).with(from("10.1.1.2")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(answer(token, questions("STUDENT"), 4).with(from("10.1.1.2")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(answer(token, teacher, 5).with(from("10.1.1.2"))).andExpect(status().isBadRequest());
		this.mvc
			.perform(answer(token, teacher.subList(1, teacher.size()), 2).param("q" + teacher.get(0), "x")
				.with(from("10.1.1.2")))
			.andExpect(status().isBadRequest());
		assertThat(responses(token)).isZero();
	}

	@Test
	void wrongAndClosedLinks() throws Exception {
		this.mvc.perform(get("/survey/{token}", "no-such-token-at-all-here-000000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/survey/{token}", "../../admin")).andExpect(status().is4xxClientError());
		this.mvc.perform(answer("no-such-token-at-all-here-000000", questions("TEACHER"), 3))
			.andExpect(status().isNotFound());
		String token = openLink("coordinator", this.zhidka, "PARENT");
		this.mvc.perform(post(base(this.zhidka) + "/PARENT/close").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound());
		String closed = this.mvc.perform(get("/survey/{token}", token))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(closed).contains("Анкетирование завершено");
		this.mvc.perform(answer(token, questions("PARENT"), 2).with(from("10.1.1.3"))).andExpect(status().isGone());
		assertThat(responses(token)).isZero();
		// reopened: under a new token (the old link may have leaked), which works
		String reopened = openLink("school", this.zhidka, "PARENT");
		assertThat(reopened).isNotEqualTo(token);
		this.mvc.perform(answer(token, questions("PARENT"), 2).with(from("10.1.1.3"))).andExpect(status().isNotFound());
		this.mvc.perform(answer(reopened, questions("PARENT"), 2).with(from("10.1.1.3"))).andExpect(status().isOk());
	}

	@Test
	void aLinkAnswersForItsOwnSchoolOnlyAndOnlyItsManagersSeeIt() throws Exception {
		String zhidkaToken = openLink("school", this.zhidka, "STUDENT");
		String undinoToken = openLink("coordinator", this.undino, "STUDENT");
		assertThat(undinoToken).isNotEqualTo(zhidkaToken);
		// the school user may not manage or see another school's questionnaires
		this.mvc.perform(post(base(this.undino) + "/STUDENT/close").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base(this.undino)).with(this.demo.as("school"))).andExpect(status().isForbidden());
		// curators see the counts of their school, without the links, and manage nothing
		String curatorPage = this.mvc.perform(get(base(this.undino)).with(this.demo.as("curator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(curatorPage).doesNotContain(undinoToken).doesNotContain("Закрыть");
		this.mvc.perform(post(base(this.undino) + "/STUDENT/close").with(this.demo.as("curator")).with(csrf()))
			.andExpect(status().isForbidden());
		// answers through Ундино's link count for Ундино, whatever else the request says
		this.mvc
			.perform(answer(undinoToken, questions("STUDENT"), 1).param("school", String.valueOf(this.zhidka))
				.with(from("10.1.1.4")))
			.andExpect(status().isOk());
		assertThat(responses(undinoToken)).isEqualTo(1);
		assertThat(responses(zhidkaToken)).isZero();
	}

	@Test
	void aFloodFromOneClientIsThrottledWithoutErrors() throws Exception {
		String token = openLink("school", this.zhidka, "STUDENT");
		List<Long> student = questions("STUDENT");
		int ok = 0;
		int throttled = 0;
		for (int i = 0; i < 1000; i++) {
			int status = this.mvc.perform(answer(token, student, 1 + i % 4).with(from("10.9.9.9")))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status == 200) {
				ok++;
			}
			else if (status == 429) {
				throttled++;
			}
			assertThat(status).isIn(200, 429);
		}
		assertThat(ok).isEqualTo(30);
		assertThat(throttled).isEqualTo(970);
		assertThat(responses(token)).isEqualTo(30);
		// another client still gets through
		this.mvc.perform(answer(token, student, 2).with(from("10.9.9.10"))).andExpect(status().isOk());
	}

	@Test
	void theProfileIsComputedFromTheAnswersAndExplained() throws Exception {
		String principal = openLink("school", this.zhidka, "PRINCIPAL");
		String teachers = openLink("school", this.zhidka, "TEACHER");
		String students = openLink("school", this.zhidka, "STUDENT");
		this.mvc.perform(answer(principal, questions("PRINCIPAL"), 4).with(from("10.2.0.1")))
			.andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(answer(teachers, questions("TEACHER"), 4).with(from("10.2.0.2")))
				.andExpect(status().isOk());
		}
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(answer(students, questions("STUDENT"), 1).with(from("10.2.0.3")))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post(base(this.zhidka) + "/compute").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound());
		String page = this.mvc
			.perform(get("/programmes/{y}/schools/{s}/profile", this.year, this.zhidka).with(this.demo.as("school")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Рассчитан по анкетам портала")
			.contains("руководитель 1, педагоги 5, обучающиеся 3, родители 0")
			.contains("Педагоги: ответов 5")
			.contains("Обучающиеся: ответов 3 из необходимых 10 — недостаточно данных");
		// factor 2: principal q2 «4» (risk 1) and q3 «4» (1), teachers q2 «4» (1): score
		// 1.00, high
		assertThat(this.jdbc.queryForObject("""
				select pf.significance || ' ' || pf.score from risk_profile_factor pf
				join risk_factor f on f.id = pf.risk_factor_id join risk_profile p on p.id = pf.profile_id
				where p.programme_year_id = ? and p.school_id = ? and f.number = 2""", String.class, this.year,
				this.zhidka))
			.isEqualTo("HIGH 1.000");
		// factor 4: principal q5 is reverse («4»: risk 0), teachers q6 reverse (0);
		// students and parents too
		// few → 0.00, low
		assertThat(this.jdbc.queryForObject("""
				select pf.significance from risk_profile_factor pf
				join risk_factor f on f.id = pf.risk_factor_id join risk_profile p on p.id = pf.profile_id
				where p.programme_year_id = ? and p.school_id = ? and f.number = 4""", String.class, this.year,
				this.zhidka))
			.isEqualTo("LOW");
		// the curator and observers do not compute
		this.mvc.perform(post(base(this.zhidka) + "/compute").with(this.demo.as("curator2")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void linksAreBuiltFromTheConfiguredAddressNotTheHostHeader() throws Exception {
		String token = openLink("school", this.zhidka, "TEACHER");
		String page = this.mvc
			.perform(get(base(this.zhidka)).header("Host", "evil.example").with(this.demo.as("school")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("http://localhost:8080/survey/" + token).doesNotContain("evil.example");
	}

	@Test
	void aPathThatCannotBeATokenIsRefusedBeforeTheThrottle() throws Exception {
		this.mvc.perform(post("/survey/{token}", "x".repeat(16_000)).param("q1", "1")).andExpect(status().isNotFound());
		this.mvc.perform(post("/survey/{token}", "short").param("q1", "1")).andExpect(status().isNotFound());
	}

}
