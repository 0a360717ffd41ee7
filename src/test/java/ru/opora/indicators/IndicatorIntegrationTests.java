package ru.opora.indicators;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestFiles;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * «Показатели проекта» over a region of the test's own (see {@link IndicatorFixture}):
 * computed values by hand, targets and manual values with evidence, bad input, the public
 * API, exports, and the access matrix.
 */
class IndicatorIntegrationTests extends PortalIntegrationTest {

	@Autowired
	UserDetailsService users;

	@Autowired
	IndicatorService indicators;

	@Autowired
	PublicIndicators publicIndicators;

	@Autowired
	IndicatorSources sources;

	IndicatorFixture f;

	@BeforeEach
	void setUp() {
		this.f = new IndicatorFixture(this.jdbc);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	RequestPostProcessor as(String who) {
		return user(this.users.loadUserByUsername(this.f.login(who)));
	}

	void login(String who) {
		UserDetails details = this.users.loadUserByUsername(this.f.login(who));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	String finalPeriod() {
		return this.f.year + "-FINAL";
	}

	IndicatorRow row(IndicatorPage page, String code) {
		return page.rows().stream().filter((r) -> r.indicator().code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void computedIndicatorsOfTheMunicipalityByHand() {
		login("coord");
		IndicatorPage page = this.indicators.page(null, finalPeriod());
		assertThat(page.municipality().id()).isEqualTo(this.f.municipality);
		assertThat(page.periods()).extracting(Period::key)
			.containsExactly(this.f.year + "-MIDYEAR", this.f.year + "-FINAL");
		// 2: A of {A, B} has every owed document approved
		assertThat(row(page, "2").computed()).extracting(Computed::numerator, Computed::denominator)
			.containsExactly(1L, 2L);
		assertThat(row(page, "2").value()).isEqualByComparingTo("50.0");
		// 7: A's road map is green with a measure; B's has no measures
		assertThat(row(page, "7").value()).isEqualByComparingTo("50.0");
		// 8: A and B are a pair
		assertThat(row(page, "8").value()).isEqualByComparingTo("100.0");
		// 3: nothing analysed (no results, no passports)
		assertThat(row(page, "3").computed()).extracting(Computed::numerator, Computed::denominator)
			.containsExactly(0L, 2L);
		// 9: no teachers: no value
		assertThat(row(page, "9").value()).isNull();
		assertThat(row(page, "9").status()).isEqualTo(IndicatorStatus.NO_TARGET);
		// the trend has a value per period
		assertThat(row(page, "8").trendValues()).hasSize(2);
		assertThat(page.canEdit()).isTrue();
	}

	@Test
	void theDetailsNameTheSchoolsBehindTheFigure() throws Exception {
		String html = this.mvc.perform(get("/indicators/{y}/FINAL/2", this.f.year).with(as("coord")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(this.f.schoolName(this.f.schoolA), this.f.schoolName(this.f.schoolB))
			.contains("data-counted=\"true\"", "data-counted=\"false\"");
		// a manual indicator has no computation
		this.mvc.perform(get("/indicators/{y}/FINAL/6", this.f.year).with(as("coord")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCoordinatorSetsATargetAndAManualValueWithEvidence() throws Exception {
		this.mvc
			.perform(post("/indicators/{y}/FINAL/2/target", this.f.year).param("target", "60")
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long entry = this.jdbc.queryForObject(
				"select id from indicator_entry where programme_year_id = ? and checkpoint = 'FINAL' and code = '2'",
				Long.class, this.f.year);
		long version = this.jdbc.queryForObject("select version from indicator_entry where id = ?", Long.class, entry);
		// 50 % of 60 %: short by 10 points, more than 10 % of 60 (6)
		login("coord");
		assertThat(row(this.indicators.page(null, finalPeriod()), "2").status())
			.isEqualTo(IndicatorStatus.NOT_ACHIEVED);
		SecurityContextHolder.clearContext();
		this.mvc
			.perform(post("/indicators/{y}/FINAL/2/target", this.f.year).param("target", "55")
				.param("version", String.valueOf(version))
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		login("coord");
		assertThat(row(this.indicators.page(null, finalPeriod()), "2").status()).isEqualTo(IndicatorStatus.CLOSE);
		SecurityContextHolder.clearContext();

		MockMultipartFile file = new MockMultipartFile("evidence", "Справка о конкурсах.pdf", "application/pdf",
				TestFiles.pdf("Справка"));
		this.mvc
			.perform(multipart("/indicators/{y}/FINAL/13/value", this.f.year).file(file)
				.param("value", "37,5")
				.param("comment", "Приказ управления образования № 12")
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		login("coord");
		IndicatorRow r13 = row(this.indicators.page(null, finalPeriod()), "13");
		assertThat(r13.value()).isEqualByComparingTo("37.5");
		assertThat(r13.comment()).isEqualTo("Приказ управления образования № 12");
		assertThat(r13.evidence().originalName()).isEqualTo("Справка о конкурсах.pdf");
		SecurityContextHolder.clearContext();
		byte[] download = this.mvc.perform(get("/indicators/evidence/{id}", r13.entryId()).with(as("observer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(download, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		this.mvc.perform(get("/indicators/evidence/{id}", r13.entryId()).with(as("coord2")))
			.andExpect(status().isForbidden());
		// audited by entity and id
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'IndicatorEntry' and entity_id = ?", Long.class,
				String.valueOf(r13.entryId())))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'IndicatorEntry' and entity_id = ?", Long.class,
				String.valueOf(entry)))
			.isEqualTo(2);
	}

	@Test
	void badInputSavesNothingAndSaysWhy() throws Exception {
		long filesBefore = this.jdbc.queryForObject("select count(*) from stored_file", Long.class);
		MockMultipartFile file = new MockMultipartFile("evidence", "справка.pdf", "application/pdf",
				TestFiles.pdf("Справка"));
		MvcResult noComment = this.mvc
			.perform(multipart("/indicators/{y}/FINAL/6/value", this.f.year).file(file)
				.param("value", "12")
				.param("comment", "  ")
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(((FlashMessage) noComment.getFlashMap().get(FlashMessage.ATTRIBUTE)).key())
			.isEqualTo("indicators.error.comment");
		MvcResult tooMuch = this.mvc
			.perform(multipart("/indicators/{y}/FINAL/6/value", this.f.year).file(file)
				.param("value", "120")
				.param("comment", "Отчёт")
				.with(as("coord"))
				.with(csrf()))
			.andReturn();
		assertThat(((FlashMessage) tooMuch.getFlashMap().get(FlashMessage.ATTRIBUTE)).key())
			.isEqualTo("indicators.error.share");
		MvcResult word = this.mvc
			.perform(post("/indicators/{y}/FINAL/5/target", this.f.year).param("target", "три")
				.with(as("coord"))
				.with(csrf()))
			.andReturn();
		assertThat(((FlashMessage) word.getFlashMap().get(FlashMessage.ATTRIBUTE)).key())
			.isEqualTo("indicators.error.number");
		MvcResult computed = this.mvc
			.perform(multipart("/indicators/{y}/FINAL/2/value", this.f.year).param("value", "10")
				.param("comment", "вручную")
				.with(as("coord"))
				.with(csrf()))
			.andReturn();
		assertThat(((FlashMessage) computed.getFlashMap().get(FlashMessage.ATTRIBUTE)).key())
			.isEqualTo("indicators.error.computed");
		MvcResult exe = this.mvc
			.perform(multipart("/indicators/{y}/FINAL/6/value", this.f.year)
				.file(new MockMultipartFile("evidence", "справка.pdf", "application/pdf", TestFiles.executable()))
				.param("value", "12")
				.param("comment", "Отчёт")
				.with(as("coord"))
				.with(csrf()))
			.andReturn();
		assertThat(((FlashMessage) exe.getFlashMap().get(FlashMessage.ATTRIBUTE)).key()).startsWith("files.rejected");
		assertThat(this.jdbc.queryForObject("select count(*) from indicator_entry where programme_year_id = ?",
				Long.class, this.f.year))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file", Long.class)).isEqualTo(filesBefore);
		// a stale version is a conflict
		this.mvc
			.perform(post("/indicators/{y}/FINAL/5/target", this.f.year).param("target", "3")
				.param("version", "7")
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void accessMatrix() throws Exception {
		String own = "/indicators?municipality=" + this.f.municipality;
		this.mvc.perform(get(own).with(as("coord"))).andExpect(status().isOk());
		this.mvc.perform(get(own).with(as("observer"))).andExpect(status().isOk());
		this.mvc.perform(get(own).with(as("admin"))).andExpect(status().isOk());
		this.mvc.perform(get(own).with(as("coord2"))).andExpect(status().isForbidden());
		this.mvc.perform(get(own).with(as("observer2"))).andExpect(status().isForbidden());
		this.mvc.perform(get(own).with(as("schoola"))).andExpect(status().isForbidden());
		this.mvc.perform(get(own).with(as("curator"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/indicators?municipality=-5").with(as("observer"))).andExpect(status().isNotFound());
		// the details and exports follow the same rule
		for (String path : new String[] { "/indicators/" + this.f.year + "/FINAL/8",
				"/indicators/export.xlsx?municipality=" + this.f.municipality,
				"/indicators/report.pdf?municipality=" + this.f.municipality }) {
			this.mvc.perform(get(path).with(as("observer"))).andExpect(status().isOk());
			this.mvc.perform(get(path).with(as("coord2"))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(as("schoola"))).andExpect(status().isForbidden());
		}
		// only the own coordinator edits: replaying another municipality's programme year
		// fails
		for (String who : List.of("coord2", "observer", "admin", "schoola", "curator")) {
			this.mvc.perform(
					post("/indicators/{y}/FINAL/1/target", this.f.year).param("target", "1").with(as(who)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/indicators/{y}/FINAL/1/value", this.f.year).param("value", "1")
					.param("comment", "есть")
					.with(as(who))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/indicators/{y}/FINAL/1/target", this.f.otherYear).param("target", "1")
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/indicators/{y}/FINAL/1/target", -1).param("target", "1").with(as("coord")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from indicator_entry where programme_year_id in (?, ?)",
				Long.class, this.f.year, this.f.otherYear))
			.isZero();
		this.mvc.perform(post("/indicators/public/2").param("shown", "true").with(as("observer")).with(csrf()))
			.andExpect(status().isForbidden());
		// the region's comparison: observers and the administrator
		String region = this.mvc.perform(get("/indicators/region").with(as("observer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(region).contains("Район " + this.f.suffix, "Соседний район " + this.f.suffix)
			.doesNotContain("Дальний район " + this.f.suffix);
		this.mvc.perform(get("/indicators/region").with(as("coord"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/indicators/region.xlsx").with(as("observer"))).andExpect(status().isOk());
		this.mvc.perform(get("/indicators").with(as("observer"))).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePublicApiShowsOnlyWhatTheCoordinatorMarked() throws Exception {
		assertThat(this.publicIndicators.forMunicipality(this.f.municipality)).isEmpty();
		this.mvc.perform(post("/indicators/public/8").param("shown", "true").with(as("coord")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/indicators/public/1").param("shown", "true").with(as("coord")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/indicators/{y}/FINAL/8/target", this.f.year).param("target", "90")
				.with(as("coord"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// anonymous: no user at all
		SecurityContextHolder.clearContext();
		List<PublicIndicatorValue> shown = this.publicIndicators.forMunicipality(this.f.municipality);
		assertThat(shown).extracting(PublicIndicatorValue::number).containsExactly("1", "8");
		PublicIndicatorValue eight = shown.get(1);
		assertThat(eight.valueText()).isEqualTo("100 %");
		assertThat(eight.targetText()).isEqualTo("90 %");
		assertThat(eight.status()).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(shown.get(0).valueText()).isEqualTo("—");
		assertThat(shown.toString()).doesNotContain(this.f.schoolName(this.f.schoolA));
		// hidden again
		this.mvc.perform(post("/indicators/public/1").param("shown", "false").with(as("coord")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.publicIndicators.forMunicipality(this.f.municipality)).extracting(PublicIndicatorValue::number)
			.containsExactly("8");
		assertThat(this.publicIndicators.forMunicipality(this.f.otherMunicipality)).isEmpty();
	}

	@Test
	void exportsAreAWorkbookAndAPdf() throws Exception {
		MvcResult xlsx = this.mvc
			.perform(get("/indicators/export.xlsx").param("period", finalPeriod()).with(as("coord")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Показатели");
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("Район " + this.f.suffix);
		}
		MvcResult pdf = this.mvc.perform(get("/indicators/report.pdf").with(as("coord")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 4,
				java.nio.charset.StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF");
	}

	@Test
	void computedValuesAreKeptUntilAnySourceChangesOnAnyNode() {
		login("coord");
		assertThat(row(this.indicators.page(null, finalPeriod()), "2").value()).isEqualByComparingTo("50.0");
		long computed = this.sources.computedPeriods();
		// a second view takes every period from memory
		assertThat(row(this.indicators.page(null, finalPeriod()), "2").value()).isEqualByComparingTo("50.0");
		assertThat(this.sources.computedPeriods()).isEqualTo(computed);
		// B's documents approved in plain SQL, as another node (or a script) would do it:
		// the data version moves and the next view computes anew
		this.jdbc.update("update document set status = 'APPROVED' where school_id = ?", this.f.schoolB);
		this.jdbc.update("""
				insert into document (programme_year_id, school_id, kind, status, versions_count)
				values (?, ?, 'MEDIUM_TERM_PROGRAMME', 'APPROVED', 1)""", this.f.year, this.f.schoolB);
		IndicatorRow two = row(this.indicators.page(null, finalPeriod()), "2");
		assertThat(two.computed()).extracting(Computed::numerator, Computed::denominator).containsExactly(2L, 2L);
		assertThat(two.value()).isEqualByComparingTo("100.0");
		assertThat(this.sources.computedPeriods()).isGreaterThan(computed);
		// and back: a document returned for revision lowers the value again
		this.jdbc.update("update document set status = 'RETURNED' where school_id = ? and kind = 'CONCEPT'",
				this.f.schoolA);
		assertThat(row(this.indicators.page(null, finalPeriod()), "2").value()).isEqualByComparingTo("50.0");
	}

}
