package ru.opora.teachers;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The «Педагоги» overview: the municipal figures per school and in total for an academic
 * year, computed by hand for a fixture; the scope of each role; no name for the observer
 * on the page or in the XLSX; the export audited; the number of SQL statements
 * independent of the number of schools.
 */
class TeacherFiguresIntegrationTests extends PortalIntegrationTest {

	@Autowired
	TeacherFiguresService figures;

	AssociationFixture f;

	/** A teacher of school A who left before 2026/27 began. */
	long a3;

	/** A teacher of school A without a diagnostic. */
	long a4;

	@BeforeEach
	void setUp() {
		this.f = new AssociationFixture(this.jdbc);
		figures(this.f, this.jdbc);
		this.a3 = this.f.teacher(this.f.schoolA, "Антонова Ада", "История");
		this.jdbc.update("update teacher set left_on = date '2026-06-01' where id = ?", this.a3);
		this.a4 = this.f.teacher(this.f.schoolA, "Афанасьев Аркадий", "История");
	}

	/**
	 * Year 2026/27 (the test clock's): in school A, a1 is in the risk group (an area at
	 * 40) and completed a course (40 → 70) and has a plan; a2 is diagnosed fine and
	 * completed a course (60 → 55); in school B, b1 is in the risk group (external level
	 * «низкий») and completed a course in May 2026 (2025/26); b2 is diagnosed fine, on a
	 * course, with a plan of 2025. One association with a1 and b1 as members since
	 * 15.09.2026. In school C (another municipality), c1 is in the risk group.
	 */
	static void figures(AssociationFixture f, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		diagnostic(jdbc, f.a1, 2026, null, 40, 80);
		diagnostic(jdbc, f.a2, 2026, null, 80, 90);
		diagnostic(jdbc, f.b1, 2026, "LOW", null, null);
		diagnostic(jdbc, f.b2, 2026, null, 50, 50);
		diagnostic(jdbc, f.c1, 2026, null, 10, 10);
		jdbc.update("insert into teacher_plan (teacher_id, academic_year) values (?, 2026)", f.a1);
		jdbc.update("insert into teacher_plan (teacher_id, academic_year) values (?, 2025)", f.b2);
		long course = f.id("insert into course (municipality_id, title, format) values (?, ?, 'ONLINE') returning id",
				f.municipality, "Курс " + f.suffix);
		enrol(jdbc, course, f.a1, "COMPLETED", 40, 70, "2026-10-20");
		enrol(jdbc, course, f.a2, "COMPLETED", 60, 55, "2026-10-01");
		enrol(jdbc, course, f.b1, "COMPLETED", 30, 60, "2026-05-01");
		enrol(jdbc, course, f.b2, "IN_PROGRESS", 30, null, null);
		f.association("ММО показателей", f.a1, f.a1, f.b1);
	}

	static void diagnostic(org.springframework.jdbc.core.JdbcTemplate jdbc, long teacher, int year, String level,
			Integer first, Integer second) {
		long d = jdbc.queryForObject("""
				insert into teacher_diagnostic (teacher_id, academic_year, external_level, external_percent)
				values (?, ?, ?, ?) returning id""", Long.class, teacher, year, level, (level != null) ? 30 : null);
		if (first != null) {
			jdbc.update("""
					insert into teacher_diagnostic_score (diagnostic_id, area_id, score)
					select ?, id, case when position = 1 then ? else ? end from teacher_competence_area
					where position in (1, 2)""", d, first, second);
		}
	}

	static void enrol(org.springframework.jdbc.core.JdbcTemplate jdbc, long course, long teacher, String status,
			Integer entry, Integer last, String completedOn) {
		jdbc.update("""
				insert into course_enrolment (course_id, teacher_id, status, entry_score, final_score, completed_on)
				values (?, ?, ?, ?, ?, cast(? as date))""", course, teacher, status, entry, last, completedOn);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as(this.f.login(who)));
	}

	TeacherFiguresReport report(String who, String year) throws Exception {
		MockHttpServletRequestBuilder request = get("/teachers");
		if (year != null) {
			request = request.param("year", year);
		}
		MvcResult result = this.mvc.perform(as(request, who)).andExpect(status().isOk()).andReturn();
		return (TeacherFiguresReport) result.getModelAndView().getModel().get("r");
	}

	static TeacherIndicators.SchoolFacts school(TeacherFiguresReport r, long schoolId) {
		return r.municipalities()
			.stream()
			.flatMap((b) -> b.schools().stream())
			.filter((s) -> s.schoolId() == schoolId)
			.findFirst()
			.orElseThrow()
			.facts();
	}

	List<String> names() {
		return List.of(this.f.name(this.f.a1), this.f.name(this.f.a2), this.f.name(this.f.b1), this.f.name(this.f.b2),
				this.f.name(this.f.c1), this.f.name(this.a4));
	}

	@Test
	void theCoordinatorSeesTheMunicipalitysFiguresOfTheCurrentYear() throws Exception {
		TeacherFiguresReport r = report("coord", null);
		assertThat(r.year()).isEqualTo(2026);
		assertThat(r.municipalities()).hasSize(1);
		// school, teachers, diagnosed, risk, risk completed, plan, completed, scored,
		// grew, members
		assertThat(school(r, this.f.schoolA))
			.isEqualTo(new TeacherIndicators.SchoolFacts(this.f.schoolA, 3, 2, 1, 1, 1, 2, 2, 1, 1));
		assertThat(school(r, this.f.schoolB))
			.isEqualTo(new TeacherIndicators.SchoolFacts(this.f.schoolB, 2, 2, 1, 0, 0, 0, 0, 0, 1));
		assertThat(r.total()).isEqualTo(new TeacherIndicators.SchoolFacts(null, 5, 4, 2, 1, 1, 2, 2, 1, 2));
		assertThat(r.linksToTeachers()).isTrue();

		TeacherIndicatorValues v = r.single();
		assertThat(v.indicator(9).numerator()).isEqualTo(1);
		assertThat(v.indicator(9).denominator()).isEqualTo(2);
		assertThat(v.indicator(10).value()).isEqualByComparingTo("0.5");
		assertThat(v.indicator(11).numerator()).isEqualTo(1);
		assertThat(v.indicator(12).value()).isEqualByComparingTo("0.4");
		assertThat(v.indicator(15).value()).isEqualByComparingTo("0.5");
		assertThat(v.indicator(15).schoolIds()).containsExactly(this.f.schoolA, this.f.schoolB);

		String html = this.mvc.perform(as(get("/teachers"), "coord")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"teacher-figures\"", "data-school-id=\"" + this.f.schoolA + "\"",
				"/schools/" + this.f.schoolA + "/teachers", "id=\"indicator-15\"", "id=\"figures-total\"", "50,0 %");
	}

	@Test
	void anotherYearHasItsOwnFigures() throws Exception {
		TeacherFiguresReport r = report("coord", "2025");
		assertThat(r.year()).isEqualTo(2025);
		// a3 left in June 2026, so she worked in 2025/26; nobody was diagnosed in 2025
		assertThat(school(r, this.f.schoolA).teachers()).isEqualTo(4);
		assertThat(school(r, this.f.schoolB))
			.isEqualTo(new TeacherIndicators.SchoolFacts(this.f.schoolB, 2, 0, 0, 0, 1, 1, 1, 1, 0));
		assertThat(r.single().indicator(15).value()).isNull();
		assertThat(r.single().indicator(11).numerator()).isZero();
		assertThat(r.single().indicator(10).value()).isEqualByComparingTo("1");
		// nonsense falls back to the current year
		assertThat(report("coord", "двадцать").year()).isEqualTo(2026);
		assertThat(report("coord", "1999").year()).isEqualTo(2026);
	}

	@Test
	void theObserverSeesCountsOfTheRegionAndNeverAName() throws Exception {
		TeacherFiguresReport r = report("observer", null);
		assertThat(r.municipalities()).extracting(TeacherFiguresReport.Block::id)
			.containsExactlyInAnyOrder(this.f.municipality, this.f.otherMunicipality);
		assertThat(school(r, this.f.schoolC).riskGroup()).isEqualTo(1);
		assertThat(r.linksToTeachers()).isFalse();
		assertThat(r.indicators()).containsKeys(this.f.municipality, this.f.otherMunicipality);
		// the region: a line per municipality, each opening its schools
		String html = this.mvc.perform(as(get("/teachers"), "observer")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("municipality=" + this.f.municipality, "municipality=" + this.f.otherMunicipality)
			.doesNotContain("class=\"fig-school\"", "СОШ Альфа " + this.f.suffix);
		// indicators per municipality: 15 is 2 of 4 diagnosed in the coordinator's, 1 of
		// 1
		// in the other
		assertThat(html).contains("id=\"indicators-by-municipality\"", "50,0 %",
				"<span class=\"ind-num\">2</span> / <span class=\"ind-den\">4</span>", "100,0 %",
				"<span class=\"ind-num\">1</span> / <span class=\"ind-den\">1</span>");
		String schools = this.mvc
			.perform(as(get("/teachers").param("municipality", String.valueOf(this.f.municipality)), "observer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(schools)
			.contains("СОШ Альфа " + this.f.suffix, "СОШ Бета " + this.f.suffix, "id=\"indicator-15\"",
					"id=\"figures-all\"")
			.doesNotContain("СОШ Гамма " + this.f.suffix, "/schools/" + this.f.schoolA + "/teachers");
		// another year keeps the municipality
		assertThat(schools).contains("name=\"municipality\" value=\"" + this.f.municipality + "\"");
		for (String name : names()) {
			assertThat(html).doesNotContain(name);
			assertThat(schools).doesNotContain(name);
		}
		// another region's municipality is not found, for the observer as for a
		// coordinator
		this.mvc.perform(as(get("/teachers").param("municipality", String.valueOf(this.f.municipality)), "observer2"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/teachers").param("municipality", String.valueOf(this.f.otherMunicipality)), "coord"))
			.andExpect(status().isNotFound());
		assertThat(report("observer2", null).municipalities()).extracting(TeacherFiguresReport.Block::id)
			.doesNotContain(this.f.municipality, this.f.otherMunicipality);
	}

	@Test
	void aLargeMunicipalitysSchoolsArePagedAndSearchedWithTheTotalOnEveryPage() throws Exception {
		for (int i = 1; i <= 52; i++) {
			long school = this.f.school(this.f.otherMunicipality, "Школа № " + i);
			if (i == 52) {
				this.f.teacher(school, "Последний Педагог", "Физика");
			}
		}
		// coord2 sees the other municipality: school C and the 52 new ones
		String first = this.mvc.perform(as(get("/teachers"), "coord2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(first)).isEqualTo(TeacherFiguresReport.PAGE_SIZE);
		assertThat(first).contains("Школ: 53 из 53", "page=1", "id=\"figures-search\"");
		String last = this.mvc.perform(as(get("/teachers").param("page", "1"), "coord2"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(last)).isEqualTo(3);
		// the municipality's total (two teachers: c1 and the new one) on both pages
		assertThat(total(first)).isEqualTo(2).isEqualTo(total(last));

		String found = this.mvc.perform(as(get("/teachers").param("q", "  гамма "), "coord2"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(found)).isEqualTo(1);
		assertThat(found).contains("data-school-id=\"" + this.f.schoolC + "\"", "Школ: 1 из 53", "value=\"гамма\"");
		String none = this.mvc.perform(as(get("/teachers").param("q", "нет такой"), "coord2"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(none)).isZero();
		assertThat(none).contains("id=\"figures-nothing\"", "Школ с таким названием не найдено.");
		// a page past the end shows the last one; a page that is not a number is refused
		assertThat(rows(this.mvc.perform(as(get("/teachers").param("page", "99"), "coord2"))
			.andReturn()
			.getResponse()
			.getContentAsString())).isEqualTo(3);
		this.mvc.perform(as(get("/teachers").param("page", "x"), "coord2")).andExpect(status().isBadRequest());
		// the export keeps every school
		assertThat(report("coord2", null).municipalities().get(0).schools()).hasSize(53);
	}

	private static int rows(String html) {
		return html.split("class=\"fig-school\"", -1).length - 1;
	}

	private static int total(String html) {
		String tail = html.substring(html.indexOf("id=\"figures-total\""));
		tail = tail.substring(tail.indexOf("fig-teachers"));
		return Integer.parseInt(tail.substring(tail.indexOf('>') + 1, tail.indexOf('<')).strip());
	}

	@Test
	void theExportHasCountsNoNameAndIsAudited() throws Exception {
		MvcResult result = this.mvc.perform(as(get("/teachers/figures.xlsx"), "observer"))
			.andExpect(status().isOk())
			.andReturn();
		String disposition = URLDecoder.decode(result.getResponse().getHeader("Content-Disposition"),
				StandardCharsets.UTF_8);
		assertThat(disposition).contains("Педагоги — показатели 2026-27.xlsx");
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(cell.toString());
					}
				}
			}
			Row schoolA = null;
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getCell(2) != null && row.getCell(2).toString().equals("СОШ Альфа " + this.f.suffix)) {
					schoolA = row;
				}
			}
			assertThat(schoolA).isNotNull();
			assertThat(schoolA.getCell(3).getNumericCellValue()).isEqualTo(3);
			assertThat(schoolA.getCell(4).getNumericCellValue()).isEqualTo(1);
		}
		String all = String.join("\n", cells);
		for (String name : names()) {
			assertThat(all).doesNotContain(name);
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where username = ? and action = 'EXPORT' and entity_type = 'TeacherFigures'",
				Long.class, this.f.login("observer")))
			.isEqualTo(1);
	}

	@Test
	void eachRoleSeesItsScope() throws Exception {
		TeacherFiguresReport curator = report("curator", null);
		assertThat(curator.municipalities()).hasSize(1);
		assertThat(curator.municipalities().get(0).schools()).extracting(TeacherFiguresReport.Row::schoolId)
			.containsExactly(this.f.schoolB);
		assertThat(curator.indicators()).isEmpty();
		TeacherFiguresReport admin = report("admin", null);
		assertThat(admin.perSchool()).isFalse();
		assertThat(admin.municipalities()).extracting(TeacherFiguresReport.Block::id).contains(this.f.municipality);
		this.mvc.perform(as(get("/teachers"), "schoola"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/schools/" + this.f.schoolA + "/teachers"));
		this.mvc.perform(as(get("/teachers/figures.xlsx"), "schoola")).andExpect(status().isForbidden());
		TeacherFiguresReport other = report("coord2", null);
		assertThat(other.municipalities()).extracting(TeacherFiguresReport.Block::id)
			.containsExactly(this.f.otherMunicipality);
	}

	@Test
	void theFiguresAreKeptUntilTheirDataOrTheRegionsRuleChangesOnAnyNode() throws Exception {
		TeacherFiguresReport first = report("coord", null);
		long computed = this.figures.computedLines();
		int kept = StatementCounter.count(this::page);
		TeacherFiguresReport again = report("coord", null);
		assertThat(this.figures.computedLines()).isEqualTo(computed);
		assertThat(again.total()).isEqualTo(first.total());
		assertThat(school(again, this.f.schoolA).riskGroup()).isEqualTo(1);

		// a2's diagnostic changed in plain SQL, as another node would: an area at 30
		this.jdbc.update("""
				update teacher_diagnostic_score set score = 30 where area_id = (select id from teacher_competence_area
				where position = 1) and diagnostic_id = (select id from teacher_diagnostic where teacher_id = ?
				and academic_year = 2026)""", this.f.a2);
		int computedView = StatementCounter.count(this::page);
		assertThat(this.figures.computedLines()).isEqualTo(computed + 1);
		assertThat(computedView).isGreaterThan(kept);
		assertThat(school(report("coord", null), this.f.schoolA).riskGroup()).isEqualTo(2);
		assertThat(this.figures.computedLines()).isEqualTo(computed + 1);

		// the region's rule: an area under 60 (b2 has 50 and 50)
		this.jdbc.update("insert into teacher_risk_rule (region_id, area_threshold) values (?, 60)", this.f.region);
		assertThat(school(report("coord", null), this.f.schoolB).riskGroup()).isEqualTo(2);
		assertThat(this.figures.computedLines()).isEqualTo(computed + 2);
	}

	@Test
	void theNumberOfStatementsDoesNotGrowWithTheSchools() throws Exception {
		this.mvc.perform(as(get("/teachers"), "coord")).andExpect(status().isOk());
		// both views count (a change moves the data version): the figures are kept
		// between
		// changes
		touch();
		int few = StatementCounter.count(this::page);
		for (int i = 0; i < 6; i++) {
			long school = this.f.school(this.f.municipality, "СОШ № " + i);
			for (int j = 0; j < 3; j++) {
				long t = this.f.teacher(school, "Педагог " + i + "-" + j, "Физика");
				diagnostic(this.jdbc, t, 2026, (j == 0) ? "LOW" : null, 70, 70);
			}
		}
		touch();
		int more = StatementCounter.count(this::page);
		assertThat(report("coord", null).municipalities().get(0).schools()).hasSize(8);
		assertThat(more).isEqualTo(few);
		assertThat(few).isLessThan(25);
	}

	/** A statement on a teachers' table: the data version moves. */
	private void touch() {
		this.jdbc.update("update teacher set version = version where id = ?", this.f.a1);
	}

	private void page() {
		try {
			this.mvc.perform(as(get("/teachers"), "coord")).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
