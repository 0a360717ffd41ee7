package ru.opora.mentoring;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * «Кураторы» of a municipality with many schools: the school drop-down offers the matches
 * of a search (a plain form, or HTMX while typing), not every school; the assignments
 * table is paged. The test creates its own municipality of 70 schools, its coordinator
 * and curator.
 */
class AssignmentPickerIntegrationTests extends PortalIntegrationTest {

	String tag;

	String coordinator;

	long municipality;

	long curator;

	@BeforeEach
	void municipalityOfItsOwn() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("select min(id) from region", Long.class);
		this.municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, region,
				"Район кураторов " + this.tag);
		this.jdbc.update("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name)
				select ?, 'МКОУ «Школа ' || n || ' ' || ? || '»', 'Школа ' || lpad(n::text, 2, '0') || ' ' || ?,
				       'SOSH', 'RURAL', 'с. Кураторское, ' || n, 'Директор ' || n
				from generate_series(1, 70) n""", this.municipality, this.tag, this.tag);
		this.coordinator = "asg-" + this.tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор ' || ?, 'COORDINATOR', ?, ?)""", this.coordinator, this.tag,
				region, this.municipality);
		this.curator = this.jdbc.queryForObject("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Куратор ' || ?, 'CURATOR', ?, ?) returning id""", Long.class,
				"asg-cur-" + this.tag, this.tag, region, this.municipality);
	}

	@Test
	void theDropDownOffersTheMatchesOfTheSearch() throws Exception {
		String page = body("/assignments");
		assertThat(count(page, "Школа ", this.tag)).isEqualTo(AssignmentController.SCHOOL_OPTIONS);
		assertThat(page).contains("Школа 01 " + this.tag).doesNotContain("Школа 70 " + this.tag);

		String found = body("/assignments?schoolQ=школа 63");
		assertThat(found).contains("Школа 63 " + this.tag).doesNotContain("Школа 01 " + this.tag);
		long school63 = school("Школа 63 " + this.tag);
		String fragment = body("/assignments/schools?schoolQ=63 " + this.tag + "&schoolId=" + school63);
		assertThat(fragment).doesNotContain("<html")
			.contains("Школа 63 " + this.tag)
			.contains("value=\"" + school63 + "\" selected");
		assertThat(count(fragment, "Школа ", this.tag)).isEqualTo(1);
		// another municipality's coordinator finds none of these schools
		assertThat(this.mvc.perform(get("/assignments/schools?schoolQ=" + this.tag).with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(this.tag);
		this.mvc.perform(get("/assignments/schools").with(this.demo.as("observer"))).andExpect(status().isForbidden());
	}

	@Test
	void aSchoolBeyondTheFirstOptionsIsAssignedAndTheTableIsPaged() throws Exception {
		long school63 = school("Школа 63 " + this.tag);
		this.mvc
			.perform(post("/assignments").param("curatorId", String.valueOf(this.curator))
				.param("schoolId", String.valueOf(school63))
				.param("startsOn", "2026-11-10")
				.with(this.demo.as(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from curator_assignment where curator_id = ? and school_id = ? and ends_on is null",
				Integer.class, this.curator, school63))
			.isEqualTo(1);

		this.jdbc.update("""
				insert into curator_assignment (curator_id, school_id, starts_on, created_by, created_at)
				select ?, id, date '2026-01-01', 'test', now() from school
				where municipality_id = ? and id <> ?""", this.curator, this.municipality, school63);
		String first = body("/assignments");
		assertThat(count(first, "/end\"", "")).isEqualTo(AssignmentController.PAGE_SIZE);
		String second = body("/assignments?page=1");
		assertThat(count(second, "/end\"", "")).isEqualTo(70 - AssignmentController.PAGE_SIZE);
	}

	private long school(String shortName) {
		return this.jdbc.queryForObject("select id from school where short_name = ?", Long.class, shortName);
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path).with(this.demo.as(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Occurrences of {@code prefix} followed (within 3 characters) by {@code suffix}. */
	private static int count(String text, String prefix, String suffix) {
		int n = 0;
		for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
			int end = Math.min(text.length(), i + prefix.length() + 3 + suffix.length());
			if (text.substring(i, end).contains(suffix)) {
				n++;
			}
		}
		return n;
	}

}
