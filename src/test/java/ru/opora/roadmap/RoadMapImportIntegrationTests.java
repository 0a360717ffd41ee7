package ru.opora.roadmap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * XLSX import of the municipal road map: the template round-trips, a good file is
 * imported whole, and every broken file gives a report with nothing imported.
 */
class RoadMapImportIntegrationTests extends PortalIntegrationTest {

	static final List<String> HEADER = List.of("Раздел", "Описание действий", "Сроки реализации", "Ответственный",
			"Муниципальный показатель реализации", "Статус", "Отметка о выполнении");

	long map;

	long school;

	@BeforeEach
	void setUp() {
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2022'", Long.class);
		this.map = this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id is null",
				Long.class, year);
		this.school = this.jdbc.queryForObject(
				"select id from road_map where programme_year_id = ? and school_id is not null order by id limit 1",
				Long.class, year);
	}

	static byte[] xlsx(List<String> header, List<List<Object>> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Лист1");
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object v = rows.get(r).get(c);
					if (v instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	int rows() {
		return this.jdbc.queryForObject("select count(*) from road_map_item where road_map_id = ?", Integer.class,
				this.map);
	}

	ResultActions upload(byte[] bytes, String user) throws Exception {
		return this.mvc.perform(multipart("/roadmaps/{id}/import", this.map)
			.file(new MockMultipartFile("file", "дорожная карта.xlsx", "application/octet-stream", bytes))
			.with(this.demo.as(user))
			.with(csrf()));
	}

	String report(byte[] bytes) throws Exception {
		int before = rows();
		String body = upload(bytes, "coordinator").andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows()).as("nothing half-imported").isEqualTo(before);
		assertThat(body).contains("Ничего не импортировано");
		return body;
	}

	@Test
	void theTemplateHasTheColumnsAndAGoodFileIsImportedWhole() throws Exception {
		byte[] template = this.mvc
			.perform(get("/roadmaps/{id}/import/template.xlsx", this.map).with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Row head = book.getSheetAt(0).getRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				assertThat(head.getCell(i).getStringCellValue()).isEqualTo(HEADER.get(i));
			}
		}
		int before = rows();
		upload(xlsx(HEADER, List.of(
				List.of("Подготовительный этап", "Импорт: совещание", "январь–февраль", "Координатор", "Проведено",
						"в работе", ""),
				java.util.Arrays.asList(null, "Импорт: вебинар", "17.01.2022", "Кураторы", "100%", "", "Участие"),
				List.of("Этап обобщения", "Импорт: итоги", "2022-12-20", "Координатор", "Отчёт", "выполнено",
						"Отчёт принят"))),
				"coordinator")
			.andExpect(status().isFound());
		assertThat(rows()).isEqualTo(before + 3);
		List<String> imported = this.jdbc.queryForList(
				"""
						select s.title || ' | ' || i.action || ' | ' || coalesce(to_char(i.due_date, 'DD.MM.YYYY'), i.due_text) || ' | ' || i.status
						from road_map_item i join road_map_section s on s.id = i.section_id
						where i.road_map_id = ? and i.action like 'Импорт:%' order by i.id""",
				String.class, this.map);
		assertThat(imported).containsExactly("Подготовительный этап | Импорт: совещание | январь–февраль | IN_PROGRESS",
				"Подготовительный этап | Импорт: вебинар | 17.01.2022 | NOT_STARTED",
				"Этап обобщения | Импорт: итоги | 20.12.2022 | DONE");
	}

	@Test
	void wrongColumns() throws Exception {
		List<String> wrong = List.of("№", "Описание действий", "Сроки реализации",
				"Муниципальный показатель реализации");
		assertThat(report(xlsx(wrong, List.of(List.of("1", "Действие", "Январь", "Показатель")))))
			.contains("Графы не совпадают с шаблоном");
	}

	@Test
	void badDatesAreReportedByRowAndNothingOfTheFileIsImported() throws Exception {
		String body = report(xlsx(HEADER,
				List.of(List.of("Подготовительный этап", "Хорошая строка", "31.05.2022", "", "", "", ""),
						List.of("Подготовительный этап", "Плохая дата", "31.02.2022", "", "", "", ""),
						List.of("", "Число вместо даты", 12345, "", "", "", ""),
						List.of("Нет такого этапа", "Строка", "", "", "", "", ""),
						List.of("", "", "", "Без описания", "", "странный", ""))));
		assertThat(body).contains("Неверная дата в сроках: «31.02.2022»")
			.contains("Неверная дата в сроках: «12345»")
			.contains("Нет такого раздела: «Нет такого этапа»")
			.contains("Не заполнено описание действий")
			.contains("Неизвестный статус: «странный»")
			.contains("<td>3</td>")
			.contains("<td>4</td>");
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_item where action = 'Хорошая строка'",
				Integer.class))
			.isZero();
	}

	@Test
	void emptyFiles() throws Exception {
		assertThat(report(new byte[0])).contains("Файл пустой");
		assertThat(report(xlsx(HEADER, List.of()))).contains("Файл пустой");
	}

	@Test
	void hugeFiles() throws Exception {
		assertThat(report(new byte[6 * 1024 * 1024])).contains("Файл больше 5 МБ");
		List<List<Object>> many = new java.util.ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			many.add(List.of("Практический этап", "Строка " + i, "", "", "", "", ""));
		}
		assertThat(report(xlsx(HEADER, many))).contains("Слишком много строк: не более 1");
	}

	@Test
	void notAnXlsx() throws Exception {
		assertThat(report("Описание;Сроки\nСовещание;Январь\n".getBytes(StandardCharsets.UTF_8)))
			.contains("Это не файл XLSX");
		assertThat(report("%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).contains("Это не файл XLSX");
		// a ZIP that is not a workbook
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(report(zip.toByteArray())).contains("Это не файл XLSX");
	}

	@Test
	void onlyTheCoordinatorImportsAndOnlyTheMunicipalRoadMap() throws Exception {
		byte[] good = xlsx(HEADER, List.of(List.of("Практический этап", "Чужой импорт", "", "", "", "", "")));
		int before = rows();
		for (String user : List.of("observer", "admin", "school", "curator", "gatchina")) {
			upload(good, user).andExpect(status().isForbidden());
			this.mvc.perform(get("/roadmaps/{id}/import", this.map).with(this.demo.as(user)))
				.andExpect(status().isForbidden());
		}
		assertThat(rows()).isEqualTo(before);
		this.mvc.perform(get("/roadmaps/{id}/import", this.map).with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/roadmaps/{id}/import", this.school).with(this.demo.as("coordinator")))
			.andExpect(status().isNotFound());
	}

}
