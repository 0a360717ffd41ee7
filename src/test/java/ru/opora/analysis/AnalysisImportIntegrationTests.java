package ru.opora.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports of results and social passports through the page: valid files, re-imports, and
 * broken files that import nothing. Test rows use the year 2010 and are removed after
 * each test.
 */
class AnalysisImportIntegrationTests extends PortalIntegrationTest {

	static final String HEADER = "Школа;Год;Процедура;Предмет;Класс;Участников;Средний балл;Доля «2», %;Доля «4» и «5», %";

	static final String PASSPORT_HEADER = "Школа;Год;Обучающихся;Малообеспеченные семьи, %;Неполные семьи, %;"
			+ "Обучающиеся с ОВЗ, %;Русский язык не родной, %;На профилактическом учёте, %;"
			+ "Оба родителя с высшим образованием, %";

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from assessment_result where year = 2010");
		this.jdbc.update("delete from social_passport where year = 2010");
	}

	int results() {
		return this.jdbc.queryForObject("select count(*) from assessment_result where year = 2010", Integer.class);
	}

	int imports() {
		return this.jdbc.queryForObject("select count(*) from analysis_import", Integer.class);
	}

	String csv(String... lines) {
		return HEADER + "\n" + String.join("\n", lines) + "\n";
	}

	ResultActions upload(String user, String kind, String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/analysis/import/{kind}", kind)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(this.demo.as(user))
			.with(csrf()));
	}

	String body(String user, String kind, String name, byte[] content) throws Exception {
		return upload(user, kind, name, content).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String csvBody(String... lines) throws Exception {
		return body("coordinator", "results", "test.csv", csv(lines).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void validCsvImportsAndAReImportChangesNothingThenUpdatesInPlace() throws Exception {
		String first = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;3,1;33,3;25", //
				"МКОУ «Жидкинская ООШ»;2010;ВПР;Русский язык;5;12;3.4;10 %;41,7",
				"Ундино-Посельская СОШ;2010;ОГЭ;Математика;9;15;3,2;20;40");
		assertThat(first).contains("загружен").contains("Добавлено: 3, изменено: 0, без изменений: 0");
		assertThat(results()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select share_below from assessment_result where year = 2010 and subject = 'Русский язык'",
				java.math.BigDecimal.class))
			.isEqualByComparingTo("10");

		int importsBefore = imports();
		String again = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;3,1;33,3;25",
				"МКОУ «Жидкинская ООШ»;2010;ВПР;Русский язык;5;12;3.4;10 %;41,7",
				"Ундино-Посельская СОШ;2010;ОГЭ;Математика;9;15;3,2;20;40");
		assertThat(again).contains("Добавлено: 0, изменено: 0, без изменений: 3");
		assertThat(results()).isEqualTo(3);
		assertThat(imports()).isEqualTo(importsBefore + 1);

		// same key (case of the subject differs), new figures: updated in place
		String changed = csvBody("Жидкинская ООШ;2010;ВПР;математика;5;12;3,0;41,7;25");
		assertThat(changed).contains("Добавлено: 0, изменено: 1, без изменений: 0");
		assertThat(results()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select share_below from assessment_result where year = 2010 and lower(subject) = 'математика' and assessment = 'VPR'",
				java.math.BigDecimal.class))
			.isEqualByComparingTo("41.7");
	}

	/**
	 * A re-import writes only what it changes: rows the file has exactly as the table
	 * does (empty optional figures too) are neither rewritten nor locked, so they keep
	 * their place and no transaction id lands in them ({@code xmax} stays 0; an upsert
	 * that merely found them unchanged locked each one, which set it).
	 */
	@Test
	void aReImportLeavesUnchangedRowsUntouchedAndWritesNewAndChangedOnes() throws Exception {
		assertThat(csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;;33,3;",
				"Жидкинская ООШ;2010;ВПР;Русский язык;5;12;3,4;10;41,7",
				"Жидкинская ООШ;2010;ОГЭ;Математика;9;15;3,2;20;40"))
			.contains("Добавлено: 3, изменено: 0, без изменений: 0");
		List<String> before = rowStates();

		String again = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;;33,3;",
				"Жидкинская ООШ;2010;ВПР;Русский язык;5;12;3,40;10,0 %;41,7",
				"Жидкинская ООШ;2010;ОГЭ;Математика;9;16;3,2;20;40",
				"Ундино-Посельская СОШ;2010;ОГЭ;Математика;9;15;3,2;20;40");

		assertThat(again).contains("Добавлено: 1, изменено: 1, без изменений: 2");
		List<String> after = rowStates();
		assertThat(after).hasSize(4);
		assertThat(before.subList(0, 2)).allMatch((state) -> state.endsWith(" 0"));
		assertThat(after.subList(0, 2)).containsExactlyElementsOf(before.subList(0, 2));
		assertThat(after.get(2)).startsWith("OGE Математика 16 ").isNotEqualTo(before.get(2));
		assertThat(after.get(3)).startsWith("OGE Математика 15 ");
	}

	/** assessment, subject, participants, place and xmax of this test's rows */
	List<String> rowStates() {
		return this.jdbc.queryForList("""
				select r.assessment || ' ' || r.subject || ' ' || r.participants || ' ' || r.ctid || ' ' || r.xmax
				from assessment_result r join school s on s.id = r.school_id
				where r.year = 2010 order by s.name, r.assessment desc, r.subject desc""", String.class);
	}

	@Test
	void schoolsAreFoundByIdToo() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		assertThat(csvBody(zhidka + ";2010;ЕГЭ;Математика;11;5;41;20;")).contains("Добавлено: 1");
	}

	@Test
	void xlsxImports() throws Exception {
		byte[] xlsx = xlsx(List.of(HEADER.split(";")),
				List.of("Жидкинская ООШ", "2010", "ВПР", "История", "6", "9", "3,5", "11,1", "44,4"));
		String body = body("coordinator", "results", "результаты.xlsx", xlsx);
		assertThat(body).contains("Добавлено: 1");
		assertThat(results()).isEqualTo(1);
	}

	@Test
	void windows1251CsvWithCommasImports() throws Exception {
		String header = "\"" + HEADER.replace(";", "\",\"") + "\"";
		String text = header + "\n\"Жидкинская ООШ\",2010,ВПР,Биология,5,12,\"3,3\",\"8,3\",\"50\"\n";
		byte[] bytes = text.getBytes(Charset.forName("windows-1251"));
		assertThat(body("coordinator", "results", "cp1251.csv", bytes)).contains("Добавлено: 1");
	}

	@Test
	void wrongHeadersImportNothing() throws Exception {
		String body = body("coordinator", "results", "bad.csv",
				"Школа;Год;Экзамен;Предмет;Класс;Участников;Доля «2», %\nЖидкинская ООШ;2010;ВПР;Математика;5;12;30\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(body).contains("не загружен")
			.contains("Экзамен")
			.contains("Неизвестный столбец")
			.contains("Процедура")
			.contains("Нет обязательного столбца");
		assertThat(results()).isZero();
	}

	@Test
	void textInNumberColumnsSharesOver100AndBadValuesAreReportedByRowAndColumn() throws Exception {
		String body = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;двенадцать;3,1;33,3;25",
				"Жидкинская ООШ;2010;ВПР;Русский язык;5;12;3,1;120;0", "Жидкинская ООШ;2010;ВПР;История;5;12;3,1;60;50",
				"Жидкинская ООШ;2010;ОГЭ;Физика;5;12;3,1;10;20", "Жидкинская ООШ;2010;ГИА;Химия;9;12;3,1;10;20",
				"Жидкинская ООШ;2031;ВПР;Химия;8;12;3,1;10;20", "Жидкинская ООШ;2010;ВПР;Химия;8;12;7;10;20",
				"Жидкинская ООШ;2010;ВПР;;8;12;3;10;20", "Жидкинская ООШ;2010;ВПР;География;8;12,5;3;10;20");
		assertThat(body).contains("не загружен")
			.contains("«двенадцать» — не целое число")
			.contains("Доля «120» — должна быть от 0 до 100 %")
			.contains("вместе дают 110 %")
			.contains("Для ОГЭ класс должен быть от 9 до 9")
			.contains("«ГИА» — ожидается ВПР, ОГЭ или ЕГЭ")
			.contains("Должно быть от 2000 до")
			.contains("Должно быть от 2 до 5")
			.contains("Не заполнено")
			.contains("«12,5» — не целое число");
		// the report names the row and the column
		assertThat(body).containsPattern("<td class=\"num\">2</td>\\s*<td>Участников</td>");
		assertThat(body).containsPattern("<td class=\"num\">3</td>\\s*<td>Доля «2», %</td>");
		assertThat(results()).isZero();
	}

	@Test
	void unknownSchoolsAndAnotherMunicipalitysSchoolsAreErrors() throws Exception {
		long gatchinaSchool = this.demo.school("Сусанинская СОШ");
		String body = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;3,1;33,3;25",
				"Школа № 999;2010;ВПР;Математика;5;12;3,1;33,3;25",
				"Сусанинская СОШ;2010;ВПР;Математика;5;12;3,1;33,3;25",
				gatchinaSchool + ";2010;ВПР;Математика;5;12;3,1;33,3;25");
		assertThat(body).contains("Школа «Школа № 999» не найдена")
			.contains("Школа «Сусанинская СОШ» не найдена")
			.contains("Школа «" + gatchinaSchool + "» не найдена")
			.contains("Найдено ошибок: 3");
		assertThat(results()).isZero();
	}

	@Test
	void duplicateRowsAreErrors() throws Exception {
		String body = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;3,1;33,3;25",
				"Жидкинская ООШ;2010;ВПР;Русский язык;5;12;3,1;33,3;25",
				"МКОУ «Жидкинская ООШ»;2010;впр;МАТЕМАТИКА;5;14;3,1;30;25");
		assertThat(body).contains("Повторяет строку 2: та же школа");
		assertThat(results()).isZero();
	}

	@Test
	void emptyFilesAndHeaderOnlyFilesAreReported() throws Exception {
		assertThat(body("coordinator", "results", "empty.csv", new byte[0])).contains("Файл пустой");
		assertThat(body("coordinator", "results", "header.csv", (HEADER + "\n;;;\n").getBytes(StandardCharsets.UTF_8)))
			.contains("В файле нет строк с данными");
		assertThat(body("coordinator", "results", "empty.xlsx", xlsx(List.of(HEADER.split(";")))))
			.contains("В файле нет строк с данными");
		assertThat(results()).isZero();
	}

	@Test
	void filesThatAreNotTablesAreRefused() throws Exception {
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8 };
		assertThat(body("coordinator", "results", "results.pdf", pdf)).contains("не распознан как таблица");
		assertThat(body("coordinator", "results", "results.xlsx", png)).contains("не распознан как таблица");
		assertThat(body("coordinator", "results", "results.xls", xls)).contains("старом формате XLS");
		assertThat(body("coordinator", "results", "broken.xlsx", zip)).contains("не распознан как таблица");
		assertThat(
				body("coordinator", "results", "text.csv", "просто текст без таблицы".getBytes(StandardCharsets.UTF_8)))
			.contains("Неизвестный столбец");
		assertThat(results()).isZero();
	}

	@Test
	void oneBadRowAmongGoodOnesImportsNothing() throws Exception {
		int importsBefore = imports();
		String body = csvBody("Жидкинская ООШ;2010;ВПР;Математика;5;12;3,1;33,3;25",
				"Ундино-Посельская СОШ;2010;ОГЭ;Математика;9;15;3,2;20;40",
				"Ундино-Посельская СОШ;2010;ОГЭ;Русский язык;9;15;3,2;-5;40");
		assertThat(body).contains("Найдено ошибок: 1");
		assertThat(results()).isZero();
		assertThat(imports()).isEqualTo(importsBefore);
	}

	@Test
	void passportsImportAndShowOnTheSchoolsAnalysis() throws Exception {
		String csv = PASSPORT_HEADER
				+ "\nЖидкинская ООШ;2010;46;30;25;10;0;5;20\nУндино-Посельская СОШ;2010;118;;;;;;\n";
		String body = body("coordinator", "passports", "passports.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(body).contains("Добавлено: 2");
		assertThat(this.jdbc.queryForObject("select count(*) from social_passport where year = 2010", Integer.class))
			.isEqualTo(2);
		String again = body("coordinator", "passports", "passports.csv",
				(PASSPORT_HEADER + "\nЖидкинская ООШ;2010;46;30;25;10;0;5;25\n").getBytes(StandardCharsets.UTF_8));
		assertThat(again).contains("Добавлено: 0, изменено: 1");
		assertThat(this.jdbc.queryForObject("select version from social_passport where year = 2010 and students = 46",
				Long.class))
			.isEqualTo(1L);
		String bad = body("coordinator", "passports", "bad.csv",
				(PASSPORT_HEADER + "\nЖидкинская ООШ;2010;46;101;25;10;0;5;20\n").getBytes(StandardCharsets.UTF_8));
		assertThat(bad).contains("Доля «101»");
	}

	@Test
	void onlyCoordinatorsAndTheAdministratorImport() throws Exception {
		byte[] content = csv("Жидкинская ООШ;2010;ВПР;Математика;5;12;3,1;33,3;25").getBytes(StandardCharsets.UTF_8);
		for (String user : List.of("observer", "curator", "school")) {
			upload(user, "results", "x.csv", content).andExpect(status().isForbidden());
			this.mvc.perform(get("/analysis/import").with(this.demo.as(user))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(multipart("/analysis/import/results")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", content))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		// without the CSRF token
		this.mvc
			.perform(multipart("/analysis/import/results")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", content))
				.with(this.demo.as("coordinator")))
			.andExpect(status().isForbidden());
		assertThat(results()).isZero();
		// the administrator may import for any school
		assertThat(body("admin", "results", "x.csv", content)).contains("Добавлено: 1");
	}

	@Test
	void templatesDownloadInRussian() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/analysis/import/template/results.xlsx").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''%D1%88")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Школа");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue()).contains("Название школы");
		}
		String csv = this.mvc.perform(get("/analysis/import/template/passports.csv").with(this.demo.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFШкола;Год;Обучающихся;");
		// an empty template imports nothing and says so
		assertThat(body("coordinator", "results", "шаблон.xlsx", xlsx)).contains("В файле нет строк с данными");
	}

	static byte[] xlsx(List<String>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Данные");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].size(); c++) {
					String value = rows[r].get(c);
					if (r > 0 && value.matches("\\d+")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
