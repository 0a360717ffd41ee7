package ru.opora.teachers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The teacher and diagnostics imports: broken files import nothing and say what is wrong
 * where; a good file imports, and the same file again changes nothing.
 */
class TeacherImportIntegrationTests extends PortalIntegrationTest {

	TeacherFixture f;

	@BeforeEach
	void setUp() {
		this.f = new TeacherFixture(this.jdbc);
	}

	ResultActions upload(String who, long school, String kind, String name, byte[] body) throws Exception {
		return this.mvc.perform(multipart("/schools/{id}/teachers/import", school)
			.file(new MockMultipartFile("file", name, "text/csv", body))
			.param("kind", kind)
			.with(csrf())
			.with(this.demo.as(this.f.login(who))));
	}

	static byte[] csv(String... lines) {
		return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	int teachers(long school) {
		Integer n = this.jdbc.queryForObject("select count(*) from teacher where school_id = ?", Integer.class, school);
		return (n != null) ? n : -1;
	}

	@Test
	void aGoodListImportsAndTheSameListAgainChangesNothing() throws Exception {
		byte[] file = csv("ФИО;Предметы;Должность;Квалификационная категория;Стаж, лет;Эл. почта",
				"Орлова Анна Петровна;Математика, Информатика;Учитель;высшая;12;orlova@example.org",
				"Орлов Пётр Ильич;Физика;Учитель;СЗД;3;", "Орлова Анна Петровна;Физика;Учитель;первая;12;");
		upload("school", this.f.schoolA, "teachers", "list.csv", file).andExpect(status().isOk())
			.andExpect(content().string(containsString("Добавлено: 3, изменено: 0, без изменений: 0")));
		assertThat(teachers(this.f.schoolA)).isEqualTo(3);
		assertThat(this.jdbc.queryForList(
				"select subject from teacher_subject s join teacher t on t.id = s.teacher_id where t.school_id = ? and t.email is not null order by s.position",
				String.class, this.f.schoolA))
			.containsExactly("Математика", "Информатика");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from teacher_school_period p join teacher t on t.id = p.teacher_id where t.school_id = ?",
				Integer.class, this.f.schoolA))
			.isEqualTo(3);

		upload("school", this.f.schoolA, "teachers", "list.csv", file).andExpect(status().isOk())
			.andExpect(content().string(containsString("Добавлено: 0, изменено: 0, без изменений: 3")));
		assertThat(teachers(this.f.schoolA)).isEqualTo(3);

		byte[] changed = csv("ФИО;Предметы;Стаж, лет", "Орлов Пётр Ильич;Физика;4");
		upload("school", this.f.schoolA, "teachers", "list.csv", changed)
			.andExpect(content().string(containsString("Добавлено: 0, изменено: 1")));
		assertThat(this.jdbc.queryForObject(
				"select experience_years from teacher where school_id = ? and full_name = 'Орлов Пётр Ильич'",
				Integer.class, this.f.schoolA))
			.isEqualTo(4);
	}

	@Test
	void aFileWithBrokenRowsImportsNothingAndNamesEachProblem() throws Exception {
		byte[] file = csv("Школа;ФИО;Предметы;Квалификационная категория;Стаж, лет",
				";Белова Анна;Математика;первая;10", "Школа № 999;Белов Иван;Физика;первая;5",
				";Белова Вера;Химия;первая;много", ";Белова Анна;математика;высшая;11", ";Белова Ольга;Химия;лучшая;2");
		upload("school", this.f.schoolA, "teachers", "broken.csv", file).andExpect(status().isOk())
			.andExpect(content().string(containsString("Школа № 999")))
			.andExpect(content().string(containsString("«много» — не целое число.")))
			.andExpect(content().string(containsString("Повторяет строку 2")))
			.andExpect(content().string(containsString("«лучшая» — не квалификационная категория")));
		assertThat(teachers(this.f.schoolA)).isZero();
	}

	@Test
	void aSchoolCannotImportIntoAnotherSchool() throws Exception {
		byte[] file = csv("Школа;ФИО;Предметы", this.f.schoolName(this.f.schoolB) + ";Чужой Педагог;Физика");
		upload("school", this.f.schoolA, "teachers", "other.csv", file).andExpect(status().isOk())
			.andExpect(content().string(containsString("не найдена среди школ")));
		assertThat(teachers(this.f.schoolB)).isZero();
	}

	@Test
	void theCoordinatorImportsForSeveralSchoolsOfTheMunicipality() throws Exception {
		byte[] file = csv("Школа;ФИО;Предметы", this.f.schoolName(this.f.schoolA) + ";Первый Педагог;Физика",
				this.f.schoolName(this.f.schoolB) + ";Второй Педагог;Химия");
		upload("coord", this.f.schoolA, "teachers", "both.csv", file)
			.andExpect(content().string(containsString("Добавлено: 2")));
		assertThat(teachers(this.f.schoolA)).isEqualTo(1);
		assertThat(teachers(this.f.schoolB)).isEqualTo(1);
	}

	@Test
	void anEmptyFileAndAWrongHeaderAreRefused() throws Exception {
		upload("school", this.f.schoolA, "teachers", "empty.csv", new byte[0])
			.andExpect(content().string(containsString("не загружен")));
		upload("school", this.f.schoolA, "teachers", "header.csv", csv("ФИО;Предметы"))
			.andExpect(content().string(containsString("В файле нет строк с данными.")));
		upload("school", this.f.schoolA, "teachers", "wrong.csv", csv("Фамилия;Предметы", "Иванов;Физика"))
			.andExpect(content().string(containsString("Нет обязательного столбца.")));
		assertThat(teachers(this.f.schoolA)).isZero();
	}

	@Test
	void diagnosticsFromAnXlsxFilePutTeachersIntoTheRiskGroupAndAreIdempotent() throws Exception {
		long low = this.f.teacher(this.f.schoolA, "Низкова Мария", "Математика");
		long fine = this.f.teacher(this.f.schoolA, "Хорошева Нина", "Химия");
		String lowName = "Низкова Мария " + this.f.suffix;
		String fineName = "Хорошева Нина " + this.f.suffix;
		byte[] xlsx = xlsx(new String[] { "ФИО", "Учебный год", "Предметная", "Цифровая", "Уровень" },
				new String[] { lowName, "2026/27", "49,5", "80", "" },
				new String[] { fineName, "2026/27", "50", "90", "средний" });
		this.mvc
			.perform(multipart("/schools/{id}/teachers/import", this.f.schoolA)
				.file(new MockMultipartFile("file", "diag.xlsx", "application/octet-stream", xlsx))
				.param("kind", "diagnostics")
				.with(csrf())
				.with(this.demo.as(this.f.login("school"))))
			.andExpect(content().string(containsString("Добавлено: 2")));
		assertThat(this.jdbc.queryForObject("select count(*) from teacher_diagnostic where teacher_id in (?, ?)",
				Integer.class, low, fine))
			.isEqualTo(2);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/schools/{id}/teachers", this.f.schoolA)
				.param("year", "2026")
				.param("risk", "in")
				.with(this.demo.as(this.f.login("school"))))
			.andExpect(content().string(containsString(lowName)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(fineName))));
		this.mvc
			.perform(multipart("/schools/{id}/teachers/import", this.f.schoolA)
				.file(new MockMultipartFile("file", "diag.xlsx", "application/octet-stream", xlsx))
				.param("kind", "diagnostics")
				.with(csrf())
				.with(this.demo.as(this.f.login("school"))))
			.andExpect(content().string(containsString("Добавлено: 0, изменено: 0, без изменений: 2")));
	}

	@Test
	void diagnosticsOfUnknownTeachersOrWithTextScoresImportNothing() throws Exception {
		long known = this.f.teacher(this.f.schoolA, "Известная Ольга", "Физика");
		byte[] file = csv("ФИО;Учебный год;Предметная;Уровень", "Известная Ольга " + this.f.suffix + ";2026/27;сорок;",
				"Неизвестный Пётр;2026/27;40;", "Известная Ольга " + this.f.suffix + ";2031;40;",
				"Известная Ольга " + this.f.suffix + ";2025;;очень");
		upload("school", this.f.schoolA, "diagnostics", "diag.csv", file)
			.andExpect(content().string(containsString("«сорок» — не число.")))
			.andExpect(content().string(containsString("Педагога «Неизвестный Пётр» нет в списке школы")))
			.andExpect(content().string(containsString("«2031» — не учебный год")))
			.andExpect(content().string(containsString("«очень» — ожидается низкий, средний или высокий.")));
		assertThat(this.jdbc.queryForObject("select count(*) from teacher_diagnostic where teacher_id = ?",
				Integer.class, known))
			.isZero();
	}

	static byte[] xlsx(String[]... rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Лист1");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
