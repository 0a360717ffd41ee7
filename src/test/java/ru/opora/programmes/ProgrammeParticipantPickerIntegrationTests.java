package ru.opora.programmes;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme year page of a municipality with many schools: a search picker instead of
 * a checkbox per school, participants added and removed one by one (audited, only by the
 * municipality's coordinator, not in a closed year), the participants table paged. The
 * test creates its own municipality of 60 schools with its coordinator.
 */
class ProgrammeParticipantPickerIntegrationTests extends PortalIntegrationTest {

	String tag;

	String coordinator;

	long municipality;

	long year;

	@BeforeEach
	void municipalityOfItsOwn() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("select min(id) from region", Long.class);
		this.municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, region,
				"Район выбора " + this.tag);
		this.jdbc.update("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name)
				select ?, 'МКОУ «Школа ' || n || ' ' || ? || '»', 'Школа ' || lpad(n::text, 2, '0') || ' ' || ?,
				       'SOSH', 'RURAL', 'с. Выборное, ' || n, 'Директор ' || n
				from generate_series(1, 60) n""", this.municipality, this.tag, this.tag);
		this.coordinator = "pick-" + this.tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор ' || ?, 'COORDINATOR', ?, ?)""", this.coordinator, this.tag,
				region, this.municipality);
		this.year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due)
				values (?, 2026, 'Выбор ' || ?, date '2026-12-01') returning id""", Long.class, this.municipality,
				this.tag);
	}

	@Test
	void thePageOffersAPageOfMatchesNotEverySchool() throws Exception {
		String page = body(this.coordinator, "/programmes/" + this.year);
		assertThat(count(page, "name=\"schoolId\"")).isEqualTo(ProgrammeController.CANDIDATES);
		assertThat(page).contains("Школа 01 " + this.tag)
			.doesNotContain("Школа 60 " + this.tag)
			.doesNotContain("name=\"participantIds\"");

		// the same search as a plain form (no JavaScript) and as the HTMX fragment
		String found = body(this.coordinator, "/programmes/" + this.year + "?q=школа 42");
		assertThat(found).contains("Школа 42 " + this.tag).doesNotContain("Школа 41 " + this.tag);
		String fragment = body(this.coordinator, "/programmes/" + this.year + "/candidates?q=42 " + this.tag);
		assertThat(fragment).contains("Школа 42 " + this.tag)
			.doesNotContain("<html")
			.doesNotContain("Школа 01 " + this.tag);
		assertThat(count(fragment, "name=\"schoolId\"")).isEqualTo(1);
	}

	@Test
	void theCoordinatorAddsAndRemovesParticipantsOneByOneWithAudit() throws Exception {
		long school42 = school("Школа 42 " + this.tag);
		MvcResult added = this.mvc
			.perform(post("/programmes/{id}/participants", this.year).param("schoolId", String.valueOf(school42))
				.param("q", "42")
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/programmes/" + this.year + "?q=42");
		assertThat(flash(added).key()).isEqualTo("programmes.detail.participantAdded");
		assertThat(participants()).containsExactly(school42);
		// the search shows it as a participant with a remove button
		String found = body(this.coordinator, "/programmes/" + this.year + "?q=42");
		assertThat(found).contains("/programmes/" + this.year + "/participants/" + school42 + "/remove");
		// adding it again changes nothing and writes no audit entry
		long auditBefore = audits();
		this.mvc
			.perform(post("/programmes/{id}/participants", this.year).param("schoolId", String.valueOf(school42))
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(participants()).containsExactly(school42);
		assertThat(audits()).isEqualTo(auditBefore);

		MvcResult removed = this.mvc
			.perform(post("/programmes/{id}/participants/{s}/remove", this.year, school42)
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(removed).key()).isEqualTo("programmes.detail.participantRemoved");
		assertThat(participants()).isEmpty();
		assertThat(audits()).isEqualTo(auditBefore + 1);
		assertThat(this.jdbc.queryForObject("""
				select details from audit_event where entity_type = 'ProgrammeYear' and entity_id = ?
				order by id desc limit 1""", String.class, String.valueOf(this.year)))
			.contains(String.valueOf(school42));
	}

	@Test
	void othersMayNotChangeParticipantsNorAddForeignSchools() throws Exception {
		long school7 = school("Школа 07 " + this.tag);
		for (String user : List.of("coordinator", "observer", "curator2", "school")) {
			this.mvc
				.perform(post("/programmes/{id}/participants", this.year).param("schoolId", String.valueOf(school7))
					.with(this.demo.as(user))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		// a school of another municipality
		this.mvc
			.perform(post("/programmes/{id}/participants", this.year)
				.param("schoolId", String.valueOf(this.demo.school("Жидкинская ООШ")))
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(participants()).isEmpty();
		// the demo coordinator sees no picker on a foreign year: 403 for the page itself
		this.mvc.perform(get("/programmes/{id}/candidates", this.year).with(this.demo.as("coordinator")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aClosedYearRefusesChangesAndShowsNoPicker() throws Exception {
		long school7 = school("Школа 07 " + this.tag);
		this.jdbc.update("update programme_year set closed = true where id = ?", this.year);
		MvcResult refused = this.mvc
			.perform(post("/programmes/{id}/participants", this.year).param("schoolId", String.valueOf(school7))
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(refused).key()).isEqualTo("programmes.closed.readOnly");
		assertThat(participants()).isEmpty();
		assertThat(body(this.coordinator, "/programmes/" + this.year)).doesNotContain("name=\"schoolId\"");
	}

	@Test
	void theParticipantsTableIsPagedAndTheDeadlineFormKeepsThem() throws Exception {
		this.jdbc.update("""
				insert into programme_participant (programme_year_id, school_id)
				select ?, id from school where municipality_id = ?""", this.year, this.municipality);
		String first = body(this.coordinator, "/programmes/" + this.year);
		assertThat(count(first, "/factors\"")).isEqualTo(ProgrammeController.PARTICIPANTS_PAGE);
		assertThat(first).contains("Участников: 60");
		String second = body(this.coordinator, "/programmes/" + this.year + "?page=1");
		assertThat(count(second, "/factors\"")).isEqualTo(10);
		assertThat(second).contains("Школа 60 " + this.tag);

		long version = this.jdbc.queryForObject("select version from programme_year where id = ?", Long.class,
				this.year);
		this.mvc
			.perform(post("/programmes/{id}", this.year).param("version", String.valueOf(version))
				.param("year", "2026")
				.param("title", "Выбор " + this.tag)
				.param("documentsDue", "2026-12-15")
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(participants()).hasSize(60);
		assertThat(this.jdbc.queryForObject("select documents_due from programme_year where id = ?", String.class,
				this.year))
			.isEqualTo("2026-12-15");
	}

	private long school(String shortName) {
		return this.jdbc.queryForObject("select id from school where short_name = ?", Long.class, shortName);
	}

	private List<Long> participants() {
		return this.jdbc.queryForList("select school_id from programme_participant where programme_year_id = ?",
				Long.class, this.year);
	}

	private long audits() {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'ProgrammeYear' and entity_id = ?", Long.class,
				String.valueOf(this.year));
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private static FlashMessage flash(MvcResult result) {
		return (FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE);
	}

}
