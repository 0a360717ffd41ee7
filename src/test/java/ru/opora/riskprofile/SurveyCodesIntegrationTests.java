package ru.opora.riskprofile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One-time respondent codes of a survey link (each code answers once, codes kept only as
 * hashes, shown once to print) and a reopened link's new token. A programme year of its
 * own with Жидкинская ООШ (the demo «school»).
 */
class SurveyCodesIntegrationTests extends PortalIntegrationTest {

	static final Pattern CODE = Pattern.compile("[" + SurveyCodes.ALPHABET + "]{5}-[" + SurveyCodes.ALPHABET + "]{5}");

	long year;

	long zhidka;

	int address;

	@BeforeEach
	void programmeYear() {
		this.zhidka = this.demo.school("Жидкинская ООШ");
		this.year = this.data.programmeYear(2026, this.clock.today().plusMonths(2), this.zhidka);
	}

	@AfterEach
	void removeProgrammeYear() {
		this.jdbc.update("delete from programme_year where id = ?", this.year);
	}

	@Test
	void eachCodeAnswersOnce() throws Exception {
		String token = openLink("TEACHER");
		List<String> codes = issue("TEACHER", 3);
		assertThat(codes).hasSize(3).doesNotHaveDuplicates();
		// only hashes are kept
		List<String> stored = this.jdbc.queryForList(
				"select c.code_hash from survey_code c join survey_link l on l.id = c.link_id where l.token = ?",
				String.class, token);
		assertThat(stored).hasSize(3).allMatch((h) -> h.matches("[0-9a-f]{64}"));
		assertThat(String.join(" ", stored)).doesNotContain(codes.get(0)).doesNotContain(codes.get(0).replace("-", ""));

		String form = this.mvc.perform(get("/survey/{t}", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("name=\"code\"").contains("Код участника");

		assertThat(body(answer(token, null), 400)).contains("Введите код участника");
		assertThat(body(answer(token, "ABCDE-FGHJK"), 400)).contains("Такого кода у этой анкеты нет");
		assertThat(responses(token)).isZero();
		body(answer(token, codes.get(0)), 200);
		assertThat(responses(token)).isEqualTo(1);
		assertThat(body(answer(token, codes.get(0)), 409)).contains("По этому коду уже ответили");
		assertThat(responses(token)).isEqualTo(1);
		// typed in lower case with spaces: the same code
		body(answer(token, " " + codes.get(1).toLowerCase().replace("-", " ") + " "), 200);
		assertThat(responses(token)).isEqualTo(2);
		// incomplete answers do not use the code up
		this.mvc.perform(post("/survey/{t}", token).param("code", codes.get(2)).with(from()))
			.andExpect(status().isBadRequest());
		body(answer(token, codes.get(2)), 200);
		assertThat(responses(token)).isEqualTo(3);
	}

	@Test
	void aCodeOfAnotherGroupDoesNotOpenThisOne() throws Exception {
		String teachers = openLink("TEACHER");
		openLink("STUDENT");
		issue("TEACHER", 1);
		List<String> studentCodes = issue("STUDENT", 1);
		assertThat(body(answer(teachers, studentCodes.get(0)), 400)).contains("Такого кода у этой анкеты нет");
		assertThat(responses(teachers)).isZero();
	}

	@Test
	void codesNeedALinkAManagerAndASensibleCount() throws Exception {
		MvcResult noLink = this.mvc
			.perform(post(base() + "/PARENT/codes").param("count", "5").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(noLink)).isEqualTo("survey.codes.noLink");
		String token = openLink("PARENT");
		for (String count : new String[] { "0", "501", "-3" }) {
			MvcResult refused = this.mvc
				.perform(post(base() + "/PARENT/codes").param("count", count).with(this.demo.as("school")).with(csrf()))
				.andExpect(status().isFound())
				.andReturn();
			assertThat(flash(refused)).isEqualTo("survey.codes.count");
		}
		this.mvc.perform(post(base() + "/PARENT/codes").param("count", "5").with(this.demo.as("curator")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from survey_code c join survey_link l on l.id = c.link_id where l.token = ?",
				Integer.class, token))
			.isZero();
		assertThat(this.jdbc.queryForObject("select codes_required from survey_link where token = ?", Boolean.class,
				token))
			.isFalse();
	}

	@Test
	void stoppingCodesLetsAnswersInWithoutOne() throws Exception {
		String token = openLink("TEACHER");
		issue("TEACHER", 2);
		this.mvc.perform(post(base() + "/TEACHER/codes/stop").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.mvc.perform(get("/survey/{t}", token))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("name=\"code\"");
		body(answer(token, null), 200);
		assertThat(responses(token)).isEqualTo(1);
	}

	@Test
	void aReopenedLinkHasANewTokenAndTheOldOneStopsWorking() throws Exception {
		String first = openLink("TEACHER");
		body(answer(first, null), 200);
		// opening an open link again changes nothing
		assertThat(openLink("TEACHER")).isEqualTo(first);
		this.mvc.perform(post(base() + "/TEACHER/close").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound());
		String second = openLink("TEACHER");
		assertThat(second).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
		this.mvc.perform(get("/survey/{t}", first)).andExpect(status().isNotFound());
		this.mvc.perform(answer(first, null)).andExpect(status().isNotFound());
		// the answers stay with the link
		assertThat(responses(second)).isEqualTo(1);
		body(answer(second, null), 200);
		assertThat(responses(second)).isEqualTo(2);
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where entity_type = 'SurveyLink' and entity_id = ? order by id",
				String.class, this.year + "/" + this.zhidka))
			.anyMatch((d) -> d.contains("token: rotated"));
	}

	private String base() {
		return "/programmes/" + this.year + "/schools/" + this.zhidka + "/survey";
	}

	private String openLink(String group) throws Exception {
		this.mvc.perform(post(base() + "/" + group + "/open").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject("""
				select token from survey_link where programme_year_id = ? and school_id = ? and respondent_group = ?""",
				String.class, this.year, this.zhidka, group);
	}

	private List<String> issue(String group, int count) throws Exception {
		String page = this.mvc
			.perform(post(base() + "/" + group + "/codes").param("count", String.valueOf(count))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> codes = new ArrayList<>();
		Matcher m = CODE.matcher(page);
		while (m.find()) {
			codes.add(m.group());
		}
		return codes;
	}

	private MockHttpServletRequestBuilder answer(String token, String code) {
		// a link's group (an old token of a reopened link: its teachers)
		String group = this.jdbc
			.queryForList("select respondent_group from survey_link where token = ?", String.class, token)
			.stream()
			.findFirst()
			.orElse("TEACHER");
		MockHttpServletRequestBuilder request = post("/survey/{token}", token).with(from());
		for (Long q : this.jdbc.queryForList(
				"select id from survey_question where catalogue_year = 2026 and respondent_group = ? order by number",
				Long.class, group)) {
			request.param("q" + q, "3");
		}
		if (code != null) {
			request.param("code", code);
		}
		return request;
	}

	/**
	 * Each answer from an address of its own (the throttle counts per address).
	 */
	private org.springframework.test.web.servlet.request.RequestPostProcessor from() {
		String address = "10.77." + (this.address / 250) + "." + (1 + this.address++ % 250);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private int responses(String token) {
		return this.jdbc.queryForObject("""
				select count(*) from survey_response r join survey_link l on l.id = r.link_id where l.token = ?""",
				Integer.class, token);
	}

	private static String flash(MvcResult result) {
		return ((FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE)).key();
	}

}
