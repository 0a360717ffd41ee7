package ru.opora.riskprofile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Risk profiles in a test programme year of the Baley district (participants Жидкинская
 * ООШ, whose curator is curator2, and Ундино-Посельская СОШ, whose curator is curator):
 * import, verification, the curator's change with a reason, the choice of factors and the
 * heat map.
 */
class RiskProfileIntegrationTests extends PortalIntegrationTest {

	static final String HEADER = "Школа;Фактор риска;Значимость\n";

	long year;

	long zhidka;

	long undino;

	@BeforeEach
	void programmeYear() {
		this.zhidka = this.demo.school("Жидкинская ООШ");
		this.undino = this.demo.school("Ундино-Посельская СОШ");
		this.year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				select id, 2026, 'Тест профилей', date '2026-04-30', 'coordinator' from municipality
				where name = 'Балейский район' returning id""", Long.class);
		this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?), (?, ?)",
				this.year, this.zhidka, this.year, this.undino);
	}

	@AfterEach
	void removeProgrammeYear() {
		this.jdbc.update("delete from programme_year where id = ?", this.year);
	}

	String importCsv(String user, String csv) throws Exception {
		return this.mvc
			.perform(multipart("/programmes/{id}/profiles/import", this.year)
				.file(new MockMultipartFile("file", "fioko.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(this.demo.as(user))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String fullProfile(String school, String... significances) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < significances.length; i++) {
			out.append(school).append(';').append(i + 1).append(';').append(significances[i]).append('\n');
		}
		return out.toString();
	}

	String page(String user, long school) throws Exception {
		return this.mvc.perform(get("/programmes/{y}/schools/{s}/profile", this.year, school).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	long version(long school) {
		return this.jdbc.queryForObject(
				"select version from risk_profile where programme_year_id = ? and school_id = ?", Long.class, this.year,
				school);
	}

	int profiles() {
		return this.jdbc.queryForObject("select count(*) from risk_profile where programme_year_id = ?", Integer.class,
				this.year);
	}

	@Test
	void coordinatorImportsProfilesAndThePageExplainsThem() throws Exception {
		String report = importCsv("coordinator", HEADER
				+ fullProfile("Жидкинская ООШ", "Высокая", "средняя", "ВЫСОКАЯ", "низкая", "Средняя", "низкая",
						"Высокая", "Высокая", "Средняя", "Высокая")
				+ "Ундино-Посельская СОШ;3. Недостаточная предметная и методическая компетентность педагогических работников;высокая\n"
				+ "Ундино-Посельская СОШ;Низкий уровень вовлеченности родителей;Средняя\n");
		assertThat(report).contains("Профилей создано: 2, заменено: 0");
		String zhidka = page("coordinator", this.zhidka);
		assertThat(zhidka).contains("Импорт профиля федеральной диагностики: файл «fioko.csv»")
			.contains("Импорт: файл «fioko.csv», строка 2 — «Высокая».")
			.contains("Приоритетный риск");
		String undino = page("curator", this.undino);
		// factors the file left out: not enough data
		assertThat(undino).contains("В файле «fioko.csv» этого фактора не было.").contains("Недостаточно данных");
		assertThat(this.jdbc.queryForObject("""
				select significance from risk_profile_factor pf join risk_factor f on f.id = pf.risk_factor_id
				join risk_profile p on p.id = pf.profile_id
				where p.programme_year_id = ? and p.school_id = ? and f.number = 9""", String.class, this.year,
				this.undino))
			.isEqualTo("MEDIUM");
		// a re-import replaces the profile
		assertThat(importCsv("coordinator", HEADER + "Жидкинская ООШ;1;Низкая\n")).contains("создано: 0, заменено: 1");
	}

	@Test
	void brokenFilesImportNothing() throws Exception {
		String report = importCsv("coordinator", HEADER
				+ "Жидкинская ООШ;1;Высокая\nЖидкинская ООШ;42;Высокая\nЖидкинская ООШ;2;очень высокая\n"
				+ "СОШ № 14;1;Высокая\nЖидкинская ООШ;1;Низкая\nСусанинская СОШ;1;Высокая\nЖидкинская ООШ;;Высокая\n");
		assertThat(report).contains("не загружен")
			.contains("Фактора «42» нет в перечне 2026 года")
			.contains("«очень высокая» — ожидается")
			.contains("Школа «СОШ № 14» не участвует в программе «Тест профилей»")
			.contains("Повторяет строку 2: та же школа и фактор")
			.contains("Школа «Сусанинская СОШ» не найдена")
			.contains("Не заполнено");
		assertThat(importCsv("coordinator", "Школа;Фактор;Значимость\nЖидкинская ООШ;1;Высокая\n"))
			.contains("Нет обязательного столбца");
		assertThat(importCsv("coordinator", "")).contains("Файл пустой");
		assertThat(profiles()).isZero();
	}

	@Test
	void onlyTheMunicipalitysCoordinatorImports() throws Exception {
		for (String user : List.of("curator", "school", "observer", "admin", "gatchina")) {
			this.mvc.perform(multipart("/programmes/{id}/profiles/import", this.year)
				.file(new MockMultipartFile("file", "x.csv", "text/csv",
						(HEADER + "Жидкинская ООШ;1;Высокая\n").getBytes(StandardCharsets.UTF_8)))
				.with(this.demo.as(user))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(profiles()).isZero();
	}

	@Test
	void schoolAndCuratorVerifyTheCuratorChangesWithAReasonThenTheSchoolChooses() throws Exception {
		importCsv("coordinator", HEADER + fullProfile("Жидкинская ООШ", "Высокая", "Средняя", "Высокая", "Низкая",
				"Средняя", "Низкая", "Высокая", "Высокая", "Средняя", "Высокая"));
		String base = "/programmes/" + this.year + "/schools/" + this.zhidka + "/profile";
		long factor4 = this.jdbc.queryForObject("select id from risk_factor where catalogue_year = 2026 and number = 4",
				Long.class);

		// choosing before verification is refused
		this.mvc
			.perform(post(base + "/choose").with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", String.valueOf(factor4)))
			.andExpect(flash().attribute("flash", flashKey("riskprofile.profile.notVerified")));

		this.mvc
			.perform(post(base + "/confirm").with(this.demo.as("school"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka))))
			.andExpect(status().isFound());
		// another school's curator and the coordinator may not confirm
		this.mvc
			.perform(post(base + "/confirm").with(this.demo.as("curator"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(base + "/confirm").with(this.demo.as("coordinator"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka))))
			.andExpect(status().isForbidden());
		// the school may not change significances
		this.mvc
			.perform(post(base + "/change").with(this.demo.as("school"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka)))
				.param("factorId", String.valueOf(factor4))
				.param("significance", "HIGH")
				.param("reason", "Школа считает иначе"))
			.andExpect(status().isForbidden());

		// the curator: no reason, no change
		this.mvc
			.perform(post(base + "/change").with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka)))
				.param("factorId", String.valueOf(factor4))
				.param("significance", "HIGH")
				.param("reason", "  "))
			.andExpect(status().isFound());
		assertThat(significance(4)).isEqualTo("LOW");
		this.mvc
			.perform(post(base + "/change").with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka)))
				.param("factorId", String.valueOf(factor4))
				.param("significance", "HIGH")
				.param("reason", "На посещении уроков выявлены сложности с адаптацией программ"))
			.andExpect(status().isFound());
		assertThat(significance(4)).isEqualTo("HIGH");
		assertThat(this.jdbc.queryForObject("""
				select details from audit_event where entity_type = 'RiskProfile' and entity_id = ?
				order by id desc limit 1""", String.class, this.year + "/" + this.zhidka))
			.contains("factor 4: «LOW» → «HIGH»")
			.contains("reason: «На посещении уроков выявлены сложности с адаптацией программ»");
		// the change cleared the school's confirmation
		assertThat(page("school", this.zhidka)).contains("Школа ещё не подтвердила профиль.")
			.contains("Изменено куратором (было «Низкая»): Исаева Ксения Николаевна");
		// a stale version
		this.mvc
			.perform(post(base + "/confirm").with(this.demo.as("school"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka) - 1)))
			.andExpect(status().isConflict());

		for (String user : List.of("school", "curator2")) {
			this.mvc
				.perform(post(base + "/confirm").with(this.demo.as(user))
					.with(csrf())
					.param("version", String.valueOf(version(this.zhidka))))
				.andExpect(status().isFound());
		}
		assertThat(page("school", this.zhidka)).contains("Профиль подтверждён школой и куратором.");
		// verified: no more changes, not even by an import
		this.mvc
			.perform(post(base + "/change").with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(version(this.zhidka)))
				.param("factorId", String.valueOf(factor4))
				.param("significance", "LOW")
				.param("reason", "Передумал после второго визита в школу"))
			.andExpect(flash().attribute("flash", flashKey("riskprofile.profile.alreadyVerified")));
		assertThat(importCsv("coordinator", HEADER + "Жидкинская ООШ;1;Низкая\n"))
			.contains("уже подтверждён школой и куратором");

		// the school chooses two factors; four are too many
		long factor3 = this.jdbc.queryForObject("select id from risk_factor where catalogue_year = 2026 and number = 3",
				Long.class);
		this.mvc
			.perform(post(base + "/choose").with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", String.valueOf(factor3), String.valueOf(factor4)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from risk_factor_choice where programme_year_id = ? and school_id = ?", Integer.class,
				this.year, this.zhidka))
			.isEqualTo(2);
		List<Long> four = this.jdbc.queryForList(
				"select id from risk_factor where catalogue_year = 2026 and number <= 4 order by number", Long.class);
		this.mvc
			.perform(post(base + "/choose").with(this.demo.as("school"))
				.with(csrf())
				.param("factorIds", four.stream().map(String::valueOf).toArray(String[]::new)))
			.andExpect(flash().attribute("flash", flashKey("riskprofile.factors.tooMany")));
		assertThat(page("curator2", this.zhidka)).contains("в работе");
	}

	@Test
	void whoSeesProfilesAndTheHeatMap() throws Exception {
		importCsv("coordinator",
				HEADER + fullProfile("Жидкинская ООШ", "Высокая", "Средняя", "Высокая", "Низкая", "Средняя", "Низкая",
						"Высокая", "Высокая", "Средняя", "Высокая")
						+ fullProfile("Ундино-Посельская СОШ", "Средняя", "Высокая", "Высокая", "Низкая", "Низкая",
								"Низкая", "Средняя", "Высокая", "Высокая", "Средняя"));
		String base = "/programmes/" + this.year;
		for (String user : List.of("coordinator", "observer", "admin", "curator2", "school")) {
			this.mvc.perform(get(base + "/schools/{s}/profile", this.zhidka).with(this.demo.as(user)))
				.andExpect(status().isOk());
		}
		for (String user : List.of("curator", "gatchina")) {
			this.mvc.perform(get(base + "/schools/{s}/profile", this.zhidka).with(this.demo.as(user)))
				.andExpect(status().isForbidden());
		}
		// a school that does not take part: no profile page
		this.mvc
			.perform(get(base + "/schools/{s}/profile", this.demo.school("СОШ № 14")).with(this.demo.as("coordinator")))
			.andExpect(status().isNotFound());
		String heat = this.mvc.perform(get(base + "/heatmap").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// factor 3 high at both schools, factor 2 high at one
		assertThat(heat).contains(
				"Недостаточная предметная и методическая компетентность педагогических работников: высокая — 2, средняя — 0, низкая — 0")
			.contains("Дефицит педагогических кадров: высокая — 1, средняя — 1, низкая — 0");
		for (String user : List.of("observer", "admin")) {
			this.mvc.perform(get(base + "/heatmap").with(this.demo.as(user))).andExpect(status().isOk());
		}
		for (String user : List.of("curator", "curator2", "school", "gatchina")) {
			this.mvc.perform(get(base + "/heatmap").with(this.demo.as(user))).andExpect(status().isForbidden());
		}
		byte[] xlsx = this.mvc.perform(get(base + "/heatmap/export").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).startsWith("3. Недостаточная");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Высокая");
		}
		String list = this.mvc.perform(get(base + "/profiles").with(this.demo.as("curator2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// a curator sees only the schools assigned
		assertThat(list).contains("Жидкинская ООШ")
			.doesNotContain("Ундино-Посельская СОШ")
			.doesNotContain("Загрузка профилей");
	}

	static org.hamcrest.Matcher<Object> flashKey(String key) {
		return org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("key=" + key + ","));
	}

	String significance(int number) {
		return this.jdbc.queryForObject("""
				select significance from risk_profile_factor pf join risk_factor f on f.id = pf.risk_factor_id
				join risk_profile p on p.id = pf.profile_id
				where p.programme_year_id = ? and p.school_id = ? and f.number = ?""", String.class, this.year,
				this.zhidka, number);
	}

	@Test
	void delimitersInTheFileNameKeepEveryProfilePageWhole() throws Exception {
		String name = "fioko|2026:итог;v2,«final»|.csv";
		String csv = HEADER + fullProfile("Жидкинская ООШ", "Высокая", "средняя", "ВЫСОКАЯ", "низкая", "Средняя",
				"низкая", "Высокая", "Высокая", "Средняя", "Высокая") + "Ундино-Посельская СОШ;3;высокая\n";
		this.mvc
			.perform(multipart("/programmes/{id}/profiles/import", this.year)
				.file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(page("coordinator", this.zhidka)).contains("Импорт: файл «" + name + "», строка 2 — «Высокая».")
			.contains("Импорт: файл «" + name + "», строка 11 — «Высокая».");
		// the school left out of the file
		assertThat(page("coordinator", this.undino)).contains("В файле «" + name + "» этого фактора не было.");
		assertThat(this.jdbc.queryForObject("""
				select pf.explanation_lines -> 0 ->> 'fileName' from risk_profile_factor pf
				join risk_profile p on p.id = pf.profile_id join risk_factor f on f.id = pf.risk_factor_id
				where p.programme_year_id = ? and p.school_id = ? and f.number = 1""", String.class, this.year,
				this.zhidka))
			.isEqualTo(name);
	}

}
