package ru.opora.documents;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestFiles;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ИС МЭДК workflow through the web layer: the school uploads and sends, the curator
 * returns with a comment, the school sends a new version, the curator confirms, the
 * coordinator sees it; with the access rules and notifications along the way. Each test
 * works in a programme year of its own.
 */
class DocumentFlowIntegrationTests extends PortalIntegrationTest {

	long zhidka;

	long year;

	@BeforeEach
	void programmeYearOfItsOwn() {
		this.zhidka = this.demo.school("Жидкинская ООШ");
		this.year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				select municipality_id, 2026, 'Тест ' || gen_random_uuid(), ?, 'test' from school where id = ?
				returning id""", Long.class, this.clock.today().plusMonths(1), this.zhidka);
		this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", this.year,
				this.zhidka);
	}

	@Test
	void uploadReturnNewVersionApproveAndMonitor() throws Exception {
		long document = upload("school", "Концепция «Жидкинская».pdf", TestFiles.pdf("v1"));
		submit("school", document);
		assertThat(notificationsOf("curator2", "notifications.document.submitted", document)).isEqualTo(1);

		// returning needs a comment: refused, nothing changes
		review("curator2", document, "return", "", 1).andExpect(status().isFound());
		assertThat(statusOf(document)).isEqualTo("SUBMITTED");
		review("curator2", document, "return", "Нет показателей по задачам", 3).andExpect(status().isFound());
		assertThat(statusOf(document)).isEqualTo("RETURNED");
		assertThat(notificationsOf("school", "notifications.document.returned", document)).isEqualTo(1);
		assertThat(notificationsOf("school", "notifications.document.approved", document)).isZero();
		String page = body("school", "/documents/" + document);
		assertThat(page).contains("на доработке")
			.contains("Нет показателей по задачам")
			.contains("Цели согласуются с выбранными факторами риска");

		upload("school", "Концепция v2.docx", TestFiles.docx("вторая версия"));
		submit("school", document);
		review("curator2", document, "approve", "", 0).andExpect(status().isFound());
		assertThat(statusOf(document)).isEqualTo("APPROVED");
		assertThat(notificationsOf("school", "notifications.document.approved", document)).isEqualTo(1);
		assertThat(notificationsOf("curator2", "notifications.document.submitted", document)).isEqualTo(2);
		assertThat(
				this.jdbc.queryForObject("select versions_count from document where id = ?", Integer.class, document))
			.isEqualTo(2);

		String monitoring = body("coordinator", "/programmes/" + this.year + "/documents");
		assertThat(monitoring).contains("Жидкинская ООШ").contains("принят");
		MvcResult export = this.mvc
			.perform(get("/programmes/{id}/documents.xlsx", this.year).with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			Row concept = workbook.getSheetAt(0).getRow(1);
			assertThat(concept.getCell(0).getStringCellValue()).isEqualTo("Жидкинская ООШ");
			// column 1 is the school's curator
			assertThat(concept.getCell(1).getStringCellValue()).contains("Исаева Ксения Николаевна");
			assertThat(concept.getCell(2).getStringCellValue()).isEqualTo("Концепция развития");
			assertThat(concept.getCell(4).getStringCellValue()).isEqualTo("принят");
		}
		// both versions stay downloadable, byte for byte
		byte[] first = this.mvc.perform(get("/documents/{id}/versions/1/file", document).with(this.demo.as("curator2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(first).isEqualTo(TestFiles.pdf("v1"));
	}

	@Test
	void twoReviewersActingOnTheSameVersionCannotBothSucceed() throws Exception {
		long document = upload("school", "Среднесрочная.pdf", TestFiles.pdf("x"));
		submit("school", document);
		long version = this.jdbc.queryForObject("select version from document where id = ?", Long.class, document);
		this.mvc
			.perform(post("/documents/{id}/review", document).with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("decision", "approve"))
			.andExpect(status().isFound());
		// the coordinator's page still shows the old version
		this.mvc
			.perform(post("/documents/{id}/review", document).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("decision", "return")
				.param("comment", "Переделать"))
			.andExpect(status().isConflict());
		assertThat(statusOf(document)).isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject("select count(*) from document_review where document_id = ?", Integer.class,
				document))
			.isEqualTo(1);
	}

	@Test
	void aRefusedUploadExplainsAndStoresNothing() throws Exception {
		long rows = this.jdbc.queryForObject("select count(*) from stored_file", Long.class);
		MvcResult result = this.mvc
			.perform(multipart("/schools/{s}/documents", this.zhidka)
				.file(new MockMultipartFile("file", "programma.pdf", "application/pdf", TestFiles.executable()))
				.param("year", String.valueOf(this.year))
				.param("kind", "CONCEPT")
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(flash(result).key()).isEqualTo("files.rejected.type");
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file", Long.class)).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("select count(*) from document where programme_year_id = ?", Long.class,
				this.year))
			.isZero();
	}

	/** user, expected status of GET /documents/{id} for a document of Жидкинская ООШ */
	static Stream<Arguments> documentPage() {
		return Stream.of(Arguments.of("school", 200), Arguments.of("curator2", 200), Arguments.of("coordinator", 200),
				Arguments.of("observer", 200), Arguments.of("admin", 200), Arguments.of("curator", 403),
				Arguments.of("gatchina", 403));
	}

	@ParameterizedTest(name = "{0} sees a document of Жидкинская ООШ → {1}")
	@MethodSource("documentPage")
	void whoSeesADocument(String user, int expected) throws Exception {
		long document = upload("school", "Программа.pdf", TestFiles.pdf("p"));
		this.mvc.perform(get("/documents/{id}", document).with(this.demo.as(user))).andExpect(status().is(expected));
		this.mvc.perform(get("/documents/{id}/versions/1/file", document).with(this.demo.as(user)))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/schools/{s}/documents", this.zhidka).with(this.demo.as(user)))
			.andExpect(status().is(expected));
	}

	@Test
	void onlyTheSchoolUploadsAndSendsAndOnlyItsReviewersDecide() throws Exception {
		long document = upload("school", "Концепция.pdf", TestFiles.pdf("c"));
		for (String other : new String[] { "curator2", "coordinator", "curator", "gatchina", "observer" }) {
			this.mvc
				.perform(multipart("/schools/{s}/documents", this.zhidka)
					.file(new MockMultipartFile("file", "x.pdf", "application/pdf", TestFiles.pdf("x")))
					.param("year", String.valueOf(this.year))
					.param("kind", "MEDIUM_TERM_PROGRAMME")
					.with(this.demo.as(other))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		long version = this.jdbc.queryForObject("select version from document where id = ?", Long.class, document);
		this.mvc
			.perform(post("/documents/{id}/submit", document).with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		submit("school", document);
		for (String other : new String[] { "school", "curator", "gatchina", "observer", "admin" }) {
			review(other, document, "approve", "", 0).andExpect(status().isForbidden());
		}
		assertThat(statusOf(document)).isEqualTo("SUBMITTED");
		assertThat(body("curator2", "/review")).contains("Жидкинская ООШ");
		assertThat(body("curator", "/review")).doesNotContain("Жидкинская ООШ");
		this.mvc.perform(get("/review").with(this.demo.as("school"))).andExpect(status().isForbidden());
	}

	@Test
	void aProgrammeTitleInApostrophesStillExports() throws Exception {
		this.jdbc.update("update programme_year set title = '''' || title || '''' where id = ?", this.year);
		this.mvc.perform(get("/programmes/{id}/documents.xlsx", this.year).with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
	}

	private long upload(String user, String name, byte[] bytes) throws Exception {
		this.mvc
			.perform(multipart("/schools/{s}/documents", this.zhidka)
				.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
				.param("year", String.valueOf(this.year))
				.param("kind", name.startsWith("Концепция") ? "CONCEPT" : "MEDIUM_TERM_PROGRAMME")
				.param("comment", "загружено тестом")
				.with(this.demo.as(user))
				.with(csrf()))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject(
				"select id from document where programme_year_id = ? and school_id = ? and kind = ?", Long.class,
				this.year, this.zhidka, name.startsWith("Концепция") ? "CONCEPT" : "MEDIUM_TERM_PROGRAMME");
	}

	private void submit(String user, long document) throws Exception {
		long version = this.jdbc.queryForObject("select version from document where id = ?", Long.class, document);
		this.mvc
			.perform(post("/documents/{id}/submit", document).with(this.demo.as(user))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
		assertThat(statusOf(document)).isEqualTo("SUBMITTED");
	}

	private org.springframework.test.web.servlet.ResultActions review(String user, long document, String decision,
			String comment, int unmet) throws Exception {
		long version = this.jdbc.queryForObject("select version from document where id = ?", Long.class, document);
		var request = post("/documents/{id}/review", document).with(this.demo.as(user))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("decision", decision)
			.param("comment", comment);
		if (unmet > 0) {
			request.param("unmet", String.valueOf(unmet));
		}
		return this.mvc.perform(request);
	}

	private String statusOf(long document) {
		return this.jdbc.queryForObject("select status from document where id = ?", String.class, document);
	}

	/**
	 * Notifications of one user with that key about this document (the test's own).
	 */
	private long notificationsOf(String user, String key, long document) {
		return this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and message_key = ? and link = ?", Long.class,
				this.demo.user(user), key, "/documents/" + document);
	}

	private static FlashMessage flash(MvcResult result) {
		FlashMap flash = result.getFlashMap();
		return (FlashMessage) flash.get(FlashMessage.ATTRIBUTE);
	}

}
