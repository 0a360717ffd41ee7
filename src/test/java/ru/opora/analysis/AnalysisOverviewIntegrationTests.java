package ru.opora.analysis;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * «Анализ школ» on the demo data: groups, scoping, the chart's JSON, the export and
 * marking the participants of a programme year.
 */
class AnalysisOverviewIntegrationTests extends PortalIntegrationTest {

	@Test
	void coordinatorSeesAllFourGroupsOfTheMunicipalityOnly() throws Exception {
		String page = body("coordinator", "/analysis");
		assertThat(page).contains("Анализ школ, 2025")
			.contains("Жидкинская ООШ")
			.contains("Сильные")
			.contains("Резильентные")
			.contains("Зона риска")
			.contains("ШНОР + ШФНСУ")
			.contains("стабильно низкие")
			.doesNotContain("Сусанинская СОШ");
		String lowAdverse = body("coordinator", "/analysis?group=LOW_ADVERSE");
		assertThat(lowAdverse).contains("Жидкинская ООШ").doesNotContain(">СОШ № 14<");
		String persistent = body("coordinator", "/analysis?persistent=true&year=2025");
		assertThat(persistent).contains("Сарбактуйская ООШ").doesNotContain("Нижнегирюнинская СОШ");
	}

	@Test
	void chartDataHasOnePointPerSchoolWithBothFiguresAndTheThresholds() throws Exception {
		String json = body("coordinator", "/analysis/chart?year=2025");
		// 14 Baley schools, Матусовская НОШ has no social passport
		assertThat(count(json, "\"url\"")).isEqualTo(13);
		assertThat(json).contains("\"wellbeingThreshold\":65").contains("\"lowShareThreshold\":30");
		assertThat(json).contains("Жидкинская ООШ").doesNotContain("Сусанинская");
		String gatchina = body("gatchina", "/analysis/chart?year=2025");
		assertThat(count(gatchina, "\"url\"")).isEqualTo(18);
		assertThat(gatchina).doesNotContain("Жидкинская");
		String observer = body("observer", "/analysis/chart?year=2025");
		assertThat(count(observer, "\"url\"")).isEqualTo(13);
		// 2025: the latest year both regions have (the demo network adds 2026 for
		// Gatchina only)
		String admin = body("admin", "/analysis/chart?year=2025");
		assertThat(count(admin, "\"url\"")).isEqualTo(31);
		// two regions with one rule (the default): thresholds are drawn
		assertThat(admin).contains("\"wellbeingThreshold\":65");
	}

	@Test
	void curatorsAndSchoolsHaveNoAnalysisPage() throws Exception {
		for (String user : List.of("curator", "curator2", "school")) {
			this.mvc.perform(get("/analysis").with(this.demo.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/analysis/chart").with(this.demo.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/analysis/export").with(this.demo.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void exportHasEveryVisibleSchool() throws Exception {
		MvcResult result = this.mvc.perform(get("/analysis/export?year=2025").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Школа");
			// every Baley school (other tests may have added one)
			assertThat(sheet.getLastRowNum()).isEqualTo(this.jdbc.queryForObject("""
					select count(*) from school s join municipality m on m.id = s.municipality_id
					where m.name = 'Балейский район'""", Integer.class));
			boolean zhidka = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if ("Жидкинская ООШ".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
					zhidka = true;
					assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("ШНОР + ШФНСУ");
					assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isEqualTo("да");
				}
			}
			assertThat(zhidka).isTrue();
		}
	}

	@Test
	void coordinatorMarksParticipantsAmongTheShownSchoolsAndKeepsTheOthers() throws Exception {
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2026'", Long.class);
		long version = this.jdbc.queryForObject("select version from programme_year where id = ?", Long.class, year);
		long zhidka = this.demo.school("Жидкинская ООШ");
		long undino = this.demo.school("Ундино-Посельская СОШ");
		long sosh3 = this.demo.school("СОШ № 3");
		long sosh14 = this.demo.school("СОШ № 14");
		try {
			assertThat(body("coordinator", "/analysis?programme=" + year)).contains("Участник «500+ 2026»");
			// shown: СОШ № 3 (checked) and СОШ № 14 (unchecked); Жидкинская and
			// Ундино-Посельская not shown: kept
			this.mvc
				.perform(post("/analysis/participants").with(this.demo.as("coordinator"))
					.with(csrf())
					.param("programme", String.valueOf(year))
					.param("version", String.valueOf(version))
					.param("shownIds", String.valueOf(sosh3), String.valueOf(sosh14))
					.param("participantIds", String.valueOf(sosh3))
					.param("back", "group=RISK_ZONE"))
				.andExpect(status().isFound());
			assertThat(participants(year)).containsExactlyInAnyOrder(zhidka, undino, sosh3);
			// the same version again: a concurrent change
			this.mvc
				.perform(post("/analysis/participants").with(this.demo.as("coordinator"))
					.with(csrf())
					.param("programme", String.valueOf(year))
					.param("version", String.valueOf(version))
					.param("shownIds", String.valueOf(sosh3)))
				.andExpect(status().isConflict());
			// another municipality's coordinator
			this.mvc
				.perform(post("/analysis/participants").with(this.demo.as("gatchina"))
					.with(csrf())
					.param("programme", String.valueOf(year))
					.param("version", String.valueOf(version + 1))
					.param("shownIds", String.valueOf(zhidka)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/analysis/participants").with(this.demo.as("observer"))
					.with(csrf())
					.param("programme", String.valueOf(year))
					.param("version", String.valueOf(version + 1)))
				.andExpect(status().isForbidden());
			assertThat(participants(year)).containsExactlyInAnyOrder(zhidka, undino, sosh3);
		}
		finally {
			this.jdbc.update("delete from programme_participant where programme_year_id = ? and school_id = ?", year,
					sosh3);
		}
	}

	List<Long> participants(long year) {
		return this.jdbc.queryForList("select school_id from programme_participant where programme_year_id = ?",
				Long.class, year);
	}

	static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

}
