package ru.opora.roadmap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Risk factors chosen after the school's road map exists are offered as sections (never
 * deleted); factors are chosen only after verification, and a refusal keeps the ticks; a
 * row dragged to another section moves in one step with one history line. Each test makes
 * its own programme year.
 */
class RoadMapFactorsAndMovesIntegrationTests extends PortalIntegrationTest {

	@Autowired
	DataSource dataSource;

	long school;

	long year;

	List<Long> factors;

	@BeforeEach
	void ownProgrammeYear() {
		this.school = this.demo.school("Жидкинская ООШ");
		this.year = this.jdbc.queryForObject(
				"""
						insert into programme_year (municipality_id, year, title, documents_due, created_by)
						select municipality_id, 2026, 'Факторы ' || substr(gen_random_uuid()::text, 1, 8), date '2026-12-31', 'test'
						from school where id = ? returning id""",
				Long.class, this.school);
		this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", this.year,
				this.school);
		this.factors = this.jdbc.queryForList(
				"select id from risk_factor where catalogue_year = 2026 and number in (1, 2, 3, 4) order by number",
				Long.class);
	}

	void verifiedProfile() {
		this.jdbc.update("""
				insert into risk_profile (programme_year_id, school_id, source, created_by, school_confirmed_by,
				    school_confirmed_at, curator_confirmed_by, curator_confirmed_at)
				values (?, ?, 'IMPORT', 'test', 'school', now(), 'curator2', now())""", this.year, this.school);
	}

	String choice() {
		return this.jdbc.queryForObject("""
				select coalesce(string_agg(risk_factor_id::text, ',' order by risk_factor_id), '')
				from risk_factor_choice where programme_year_id = ? and school_id = ?""", String.class, this.year,
				this.school);
	}

	@Test
	void factorsAreChosenOnlyAfterVerificationAndARefusalKeepsTheTicks() throws Exception {
		// not verified: refused on the factors page as on the profile page
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/factors", this.year, this.school).with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", String.valueOf(this.factors.get(0))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("submittedFactorIds", Set.of(this.factors.get(0))));
		assertThat(choice()).isEmpty();
		String page = this.mvc
			.perform(get("/programmes/{y}/schools/{s}/factors", this.year, this.school).with(this.demo.as("school")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("после того, как профиль подтвердят школа и куратор");

		// verified: four of three allowed are refused, the four ticks come back
		verifiedProfile();
		Set<Long> four = Set.copyOf(this.factors);
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/profile/choose", this.year, this.school)
				.with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", this.factors.stream().map(String::valueOf).toArray(String[]::new)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("submittedFactorIds", four));
		assertThat(choice()).isEmpty();

		// three are saved
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/factors", this.year, this.school).with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", this.factors.subList(0, 3).stream().map(String::valueOf).toArray(String[]::new)))
			.andExpect(status().is3xxRedirection());
		assertThat(choice()).isEqualTo(this.factors.get(0) + "," + this.factors.get(1) + "," + this.factors.get(2));
	}

	@Test
	void factorsChosenLaterAreOfferedAsSectionsAndDroppedOnesStay() throws Exception {
		verifiedProfile();
		long map = roadMapFor(this.factors.get(0));
		assertThat(sections(map)).containsExactly(this.factors.get(0));

		// the school now works on factors 2 and 3 instead of 1
		choose(this.factors.get(1), this.factors.get(2));
		String page = this.mvc.perform(get("/roadmaps/{id}", map).with(this.demo.as("school")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("rm-missing-sections").contains("фактор больше не выбран");
		// nothing changed by itself
		assertThat(sections(map)).containsExactly(this.factors.get(0));
		// the table an edit answers with (HTMX) marks the section as the page does
		long section = this.jdbc.queryForObject("select id from road_map_section where road_map_id = ?", Long.class,
				map);
		String table = this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/items", map, section).with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(table).contains("id=\"rm-table\"").contains("фактор больше не выбран");

		// the coordinator of another district may not add them
		this.mvc.perform(post("/roadmaps/{id}/sections/missing", map).with(this.demo.as("gatchina")).with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(sections(map)).containsExactly(this.factors.get(0));
		this.mvc.perform(post("/roadmaps/{id}/sections/missing", map).with(this.demo.as("school")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(sections(map)).containsExactly(this.factors.get(0), this.factors.get(1), this.factors.get(2));
		// a second time adds nothing
		this.mvc.perform(post("/roadmaps/{id}/sections/missing", map).with(this.demo.as("school")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(sections(map)).hasSize(3);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from road_map_change where road_map_id = ? and action = 'CREATE_SECTION'",
				Integer.class, map))
			.isEqualTo(2);
	}

	@Test
	void aRowDroppedIntoAnotherSectionMovesInOneStep() throws Exception {
		verifiedProfile();
		long map = roadMapFor(this.factors.get(0), this.factors.get(1));
		List<Long> sectionIds = this.jdbc.queryForList(
				"select id from road_map_section where road_map_id = ? order by position, id", Long.class, map);
		long a = row(map, sectionIds.get(0));
		long b = row(map, sectionIds.get(0));
		long c = row(map, sectionIds.get(1));
		// table order: a(1), b(2) | c(3); drop a before c
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/moveto", map, a).with(this.demo.as("school"))
				.with(csrf())
				.param("section", String.valueOf(sectionIds.get(1)))
				.param("before", String.valueOf(c)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"select id from road_map_item where section_id = ? and deleted_at is null order by position, id",
				Long.class, sectionIds.get(1)))
			.containsExactly(a, c);
		assertThat(this.jdbc.queryForList("""
				select old_value || '→' || new_value from road_map_change where item_id = ? and action = 'MOVE'""",
				String.class, a))
			.containsExactly("1→2");
		// dropped at the end of the first section (no «before»)
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/moveto", map, c).with(this.demo.as("school"))
				.with(csrf())
				.param("section", String.valueOf(sectionIds.get(0))))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"select id from road_map_item where road_map_id = ? and deleted_at is null order by "
						+ "(select position from road_map_section s where s.id = section_id), position, id",
				Long.class, map))
			.containsExactly(b, c, a);
		// the coordinator of another district may not
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/moveto", map, a).with(this.demo.as("gatchina"))
				.with(csrf())
				.param("section", String.valueOf(sectionIds.get(0))))
			.andExpect(status().is4xxClientError());
		assertThat(this.jdbc.queryForObject("select section_id from road_map_item where id = ?", Long.class, a))
			.isEqualTo(sectionIds.get(1));
	}

	@Test
	void movingNeverConflictsWithACellEditStartedBefore() throws Exception {
		verifiedProfile();
		long map = roadMapFor(this.factors.get(0), this.factors.get(1));
		List<Long> sectionIds = this.jdbc.queryForList(
				"select id from road_map_section where road_map_id = ? order by position, id", Long.class, map);
		long a = row(map, sectionIds.get(0));
		long b = row(map, sectionIds.get(0));
		long before = version(a);
		// swapped with its neighbour, past the section's edge, dragged back
		for (String dir : List.of("down", "down", "up")) {
			this.mvc
				.perform(post("/roadmaps/{id}/items/{i}/move", map, a).with(this.demo.as("school"))
					.with(csrf())
					.param("dir", dir))
				.andExpect(status().isOk());
		}
		assertThat(this.jdbc.queryForObject("select section_id from road_map_item where id = ?", Long.class, a))
			.isEqualTo(sectionIds.get(0));
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/moveto", map, a).with(this.demo.as("school"))
				.with(csrf())
				.param("section", String.valueOf(sectionIds.get(0)))
				.param("before", String.valueOf(b)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"select id from road_map_item where section_id = ? and deleted_at is null order by position, id",
				Long.class, sectionIds.get(0)))
			.containsExactly(a, b);
		assertThat(version(a)).isEqualTo(before);
		// the editor opened before the moves saves without a conflict
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", map, a).with(this.demo.as("school"))
				.with(csrf())
				.param("field", "responsible")
				.param("value", "Иванова")
				.param("version", String.valueOf(before)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select responsible from road_map_item where id = ?", String.class, a))
			.isEqualTo("Иванова");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from road_map_change where item_id = ? and action = 'MOVE'", Integer.class, a))
			.isEqualTo(4);
	}

	/**
	 * A move started while a cell save of the same row is in progress goes through once
	 * the save commits (it answered 409 before: it had read the row's old version): the
	 * move first waits for the save's lock and then reads the row. The save's value and
	 * the move both stay.
	 */
	@Test
	void aMoveWaitingForACellSaveOfTheSameRowGoesThroughAndKeepsTheSave() throws Exception {
		verifiedProfile();
		long map = roadMapFor(this.factors.get(0));
		long section = this.jdbc.queryForObject(
				"select id from road_map_section where road_map_id = ? order by position, id limit 1", Long.class, map);
		long a = row(map, section);
		long b = row(map, section);
		long before = version(a);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (Connection save = this.dataSource.getConnection()) {
			// a cell save of row a, not yet committed: it holds the row's lock
			save.setAutoCommit(false);
			try (PreparedStatement update = save.prepareStatement(
					"update road_map_item set responsible = 'Петрова', version = version + 1 where id = ?")) {
				update.setLong(1, a);
				assertThat(update.executeUpdate()).isEqualTo(1);
			}
			Future<Integer> move = executor.submit(
					() -> this.mvc
						.perform(post("/roadmaps/{id}/items/{i}/move", map, a).with(this.demo.as("school"))
							.with(csrf())
							.param("dir", "down"))
						.andReturn()
						.getResponse()
						.getStatus());
			// the move waits for the save's lock
			long waitingSince = System.nanoTime();
			while (waitingForALock() == 0) {
				assertThat(move.isDone()).as("the move did not wait for the save's lock").isFalse();
				assertThat(System.nanoTime() - waitingSince).isLessThan(Duration.ofSeconds(30).toNanos());
				Thread.sleep(20);
			}
			save.commit();
			assertThat(move.get(30, TimeUnit.SECONDS)).isEqualTo(200);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.jdbc.queryForList(
				"select id from road_map_item where section_id = ? and deleted_at is null order by position, id",
				Long.class, section))
			.containsExactly(b, a);
		assertThat(this.jdbc.queryForObject("select responsible from road_map_item where id = ?", String.class, a))
			.isEqualTo("Петрова");
		assertThat(version(a)).isEqualTo(before + 1);
	}

	int waitingForALock() {
		return this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%road_map_item%'",
				Integer.class);
	}

	/**
	 * The school chooses these factors and creates its road map; returns the map's id.
	 */
	long roadMapFor(Long... factorIds) throws Exception {
		choose(factorIds);
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/roadmap", this.year, this.school).with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, this.year, this.school);
	}

	long version(long item) {
		return this.jdbc.queryForObject("select version from road_map_item where id = ?", Long.class, item);
	}

	void choose(Long... ids) throws Exception {
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/factors", this.year, this.school).with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", java.util.Arrays.stream(ids).map(String::valueOf).toArray(String[]::new)))
			.andExpect(status().is3xxRedirection());
	}

	List<Long> sections(long map) {
		return this.jdbc.queryForList(
				"select risk_factor_id from road_map_section where road_map_id = ? order by position, id", Long.class,
				map);
	}

	long row(long map, long section) throws Exception {
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/items", map, section).with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isOk());
		long id = this.jdbc.queryForObject("select max(id) from road_map_item where road_map_id = ?", Long.class, map);
		this.jdbc.update("update road_map_item set action = 'Мероприятие ' || id where id = ?", id);
		return id;
	}

}
