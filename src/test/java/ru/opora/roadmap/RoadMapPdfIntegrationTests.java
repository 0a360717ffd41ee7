package ru.opora.roadmap;

import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable road map: a PDF with the embedded DejaVu font, Cyrillic text extractable;
 * same access as the page.
 */
class RoadMapPdfIntegrationTests extends PortalIntegrationTest {

	@Test
	void printableRoadMapWithCyrillicText() throws Exception {
		long map = this.jdbc.queryForObject("""
				select m.id from road_map m join programme_year p on p.id = m.programme_year_id
				where p.title = '500+ 2022' and m.school_id is null""", Long.class);
		byte[] pdf = this.mvc.perform(get("/roadmaps/{id}/print.pdf", map).with(this.demo.as("observer")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		reader.close();
		assertThat(text).contains("Муниципальная дорожная карта").contains("Назначение муниципального");
		this.mvc.perform(get("/roadmaps/{id}/print.pdf", map).with(this.demo.as("school")))
			.andExpect(status().isForbidden());
	}

}
