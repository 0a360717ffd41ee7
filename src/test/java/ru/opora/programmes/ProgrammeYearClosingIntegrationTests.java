package ru.opora.programmes;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestFiles;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing and reopening a programme year: only the coordinator of its municipality, with
 * an audit entry; a closed year refuses uploads, reviews, road-map edits, factor choices
 * and network changes with its message, and drops out of the documents reminders. Each
 * test works in a programme year of its own.
 */
class ProgrammeYearClosingIntegrationTests extends PortalIntegrationTest {

	static final String CLOSED = "programmes.closed.readOnly";

	@Autowired
	ru.opora.documents.DocumentService documents;

	long zhidka;

	long year;

	@BeforeEach
	void programmeYearOfItsOwn() {
		this.zhidka = this.demo.school("Жидкинская ООШ");
		this.year = this.data.programmeYear(2026, this.clock.today().plusDays(3), this.zhidka);
	}

	@Test
	void theCoordinatorClosesAndReopensWithAuditOthersMayNot() throws Exception {
		for (String user : new String[] { "school", "curator2", "observer" }) {
			this.mvc
				.perform(post("/programmes/{id}/close", this.year).param("version", String.valueOf(version()))
					.with(this.demo.as(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(closed()).isFalse();

		String page = body("coordinator", "/programmes/" + this.year);
		assertThat(page).contains("/programmes/" + this.year + "/close").contains("data-confirm");

		MvcResult closing = this.mvc
			.perform(post("/programmes/{id}/close", this.year).param("version", String.valueOf(version()))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(closing).key()).isEqualTo("programmes.close.done");
		assertThat(closed()).isTrue();
		assertThat(body("coordinator", "/programmes/" + this.year)).contains("/programmes/" + this.year + "/reopen")
			.doesNotContain("/programmes/" + this.year + "/close\"")
			.contains("Программный год закрыт");

		this.mvc
			.perform(post("/programmes/{id}/reopen", this.year).param("version", String.valueOf(version()))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/programmes/{id}/reopen", this.year).param("version", String.valueOf(version()))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(closed()).isFalse();
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where entity_type = 'ProgrammeYear' and entity_id = ? order by id",
				String.class, String.valueOf(this.year)))
			.hasSize(2)
			.allMatch((d) -> d.contains("closed"));
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		long seen = version();
		this.mvc
			.perform(post("/programmes/{id}/close", this.year).param("version", String.valueOf(seen))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/programmes/{id}/reopen", this.year).param("version", String.valueOf(seen))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(closed()).isTrue();
	}

	@Test
	void aClosedYearRefusesUploadsAndSendingAndAReopenedOneTakesThem() throws Exception {
		close();
		MvcResult refused = upload().andExpect(status().isFound()).andReturn();
		assertThat(flash(refused).key()).isEqualTo(CLOSED);
		assertThat(documentsOfYear()).isZero();
		assertThat(body("school", "/schools/" + this.zhidka + "/documents?year=" + this.year))
			.doesNotContain("type=\"file\"");

		reopen();
		upload().andExpect(status().isFound());
		assertThat(documentsOfYear()).isEqualTo(1);
		long document = this.jdbc.queryForObject("select id from document where programme_year_id = ?", Long.class,
				this.year);
		close();
		MvcResult notSent = this.mvc
			.perform(
					post("/documents/{id}/submit", document).param("version", String.valueOf(documentVersion(document)))
						.with(this.demo.as("school"))
						.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(notSent).key()).isEqualTo(CLOSED);
		assertThat(documentStatus(document)).isEqualTo("DRAFT");
	}

	@Test
	void aClosedYearRefusesSendingAndReviews() throws Exception {
		upload().andExpect(status().isFound());
		long document = this.jdbc.queryForObject("select id from document where programme_year_id = ?", Long.class,
				this.year);
		this.mvc
			.perform(
					post("/documents/{id}/submit", document).param("version", String.valueOf(documentVersion(document)))
						.with(this.demo.as("school"))
						.with(csrf()))
			.andExpect(status().isFound());
		assertThat(documentStatus(document)).isEqualTo("SUBMITTED");
		close();
		MvcResult refused = this.mvc
			.perform(
					post("/documents/{id}/review", document).param("version", String.valueOf(documentVersion(document)))
						.param("decision", "approve")
						.param("comment", "")
						.header("Referer", "http://localhost/documents/" + document)
						.with(this.demo.as("curator2"))
						.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/documents/" + document))
			.andReturn();
		assertThat(flash(refused).key()).isEqualTo(CLOSED);
		assertThat(documentStatus(document)).isEqualTo("SUBMITTED");
		assertThat(body("curator2", "/documents/" + document)).doesNotContain("name=\"decision\"");
		// and the queue leaves it out
		assertThat(body("curator2", "/review")).doesNotContain("/documents/" + document + "\"");
	}

	@Test
	void aClosedYearRefusesRoadMapEdits() throws Exception {
		this.data.chooseFactors(this.year, this.zhidka, 1);
		long map = this.data.schoolRoadMap(this.year, this.zhidka, 1);
		long item = this.data.measure(this.data.section(map, 1), "Педсовет", this.clock.today().plusDays(30),
				"NOT_STARTED");
		close();
		long version = this.jdbc.queryForObject("select version from road_map_item where id = ?", Long.class, item);
		// the cell editor says why in place
		String cell = this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", map, item).param("field", "action")
				.param("value", "Другое")
				.param("version", String.valueOf(version))
				.header("HX-Request", "true")
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(cell).contains("Программный год закрыт");
		// other HTMX actions send the page back to itself with the message
		MvcResult refused = this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/move", map, item).param("dir", "down")
				.header("HX-Request", "true")
				.header("Referer", "http://localhost/roadmaps/" + map)
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(header().string("HX-Redirect", "/roadmaps/" + map))
			.andReturn();
		assertThat(flash(refused).key()).isEqualTo(CLOSED);
		assertThat(this.jdbc.queryForObject("select action from road_map_item where id = ?", String.class, item))
			.isEqualTo("Педсовет");
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/items", map, this.data.section(map, 1))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_item where road_map_id = ?", Integer.class,
				map))
			.isEqualTo(1);
		// the page offers no editing
		assertThat(body("school", "/roadmaps/" + map)).doesNotContain("data-rm=\"delete\"");
	}

	@Test
	void aClosedYearRefusesFactorChoices() throws Exception {
		this.data.chooseFactors(this.year, this.zhidka, 1);
		close();
		long other = this.jdbc.queryForObject(
				"select f.id from risk_factor f join programme_year p on f.catalogue_year = p.year where p.id = ? and f.number = 2",
				Long.class, this.year);
		MvcResult refused = this.mvc
			.perform(post("/programmes/{y}/schools/{s}/factors", this.year, this.zhidka)
				.param("factorIds", String.valueOf(other))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(refused).key()).isEqualTo(CLOSED);
		assertThat(this.jdbc.queryForList(
				"select f.number from risk_factor_choice c join risk_factor f on f.id = c.risk_factor_id where c.programme_year_id = ? and c.school_id = ?",
				Integer.class, this.year, this.zhidka))
			.containsExactly(1);
	}

	@Test
	void aClosedYearRefusesNetworkChanges() throws Exception {
		this.mvc
			.perform(post("/networks").param("programmeYearId", String.valueOf(this.year))
				.param("model", "DISTRIBUTED")
				.param("defaultCapacity", "3")
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound());
		long network = this.jdbc.queryForObject("select id from network where programme_year_id = ?", Long.class,
				this.year);
		close();
		String page = this.mvc
			.perform(post("/networks/{id}/members", network).param("schoolIds", String.valueOf(this.zhidka))
				.param("role", "MENTEE")
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Программный год закрыт");
		assertThat(this.jdbc.queryForObject("select count(*) from network_school where network_id = ?", Integer.class,
				network))
			.isZero();
	}

	@Test
	void aClosedYearDropsOutOfDocumentReminders() {
		assertThat(this.documents.dueSoonOrOverdue()).anyMatch((d) -> d.programmeYearId().equals(this.year));
		this.jdbc.update("update programme_year set closed = true where id = ?", this.year);
		assertThat(this.documents.dueSoonOrOverdue()).noneMatch((d) -> d.programmeYearId().equals(this.year));
	}

	@Test
	void aClosedYearTakesNoSurveyAnswers() throws Exception {
		String base = "/programmes/" + this.year + "/schools/" + this.zhidka + "/survey";
		this.mvc.perform(post(base + "/TEACHER/open").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound());
		String token = this.jdbc.queryForObject(
				"select token from survey_link where programme_year_id = ? and respondent_group = 'TEACHER'",
				String.class, this.year);
		close();
		this.mvc.perform(get("/survey/{t}", token)).andExpect(status().isGone());
		var answer = post("/survey/{t}", token);
		for (Long q : this.jdbc.queryForList(
				"select id from survey_question where catalogue_year = 2026 and respondent_group = 'TEACHER'",
				Long.class)) {
			answer.param("q" + q, "2");
		}
		this.mvc.perform(answer).andExpect(status().isGone());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from survey_response r join survey_link l on l.id = r.link_id where l.token = ?",
				Integer.class, token))
			.isZero();
		MvcResult refused = this.mvc.perform(post(base + "/compute").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(refused).key()).isEqualTo(CLOSED);
	}

	private org.springframework.test.web.servlet.ResultActions upload() throws Exception {
		return this.mvc.perform(multipart("/schools/{s}/documents", this.zhidka)
			.file(new MockMultipartFile("file", "Концепция.pdf", "application/pdf", TestFiles.pdf("v1")))
			.param("year", String.valueOf(this.year))
			.param("kind", "CONCEPT")
			.with(this.demo.as("school"))
			.with(csrf()));
	}

	private void close() throws Exception {
		this.mvc
			.perform(post("/programmes/{id}/close", this.year).param("version", String.valueOf(version()))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(closed()).isTrue();
	}

	private void reopen() throws Exception {
		this.mvc
			.perform(post("/programmes/{id}/reopen", this.year).param("version", String.valueOf(version()))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(closed()).isFalse();
	}

	private long version() {
		return this.jdbc.queryForObject("select version from programme_year where id = ?", Long.class, this.year);
	}

	private boolean closed() {
		return this.jdbc.queryForObject("select closed from programme_year where id = ?", Boolean.class, this.year);
	}

	private int documentsOfYear() {
		return this.jdbc.queryForObject("select count(*) from document where programme_year_id = ?", Integer.class,
				this.year);
	}

	private long documentVersion(long document) {
		return this.jdbc.queryForObject("select version from document where id = ?", Long.class, document);
	}

	private String documentStatus(long document) {
		return this.jdbc.queryForObject("select status from document where id = ?", String.class, document);
	}

	private static FlashMessage flash(MvcResult result) {
		return (FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE);
	}

}
