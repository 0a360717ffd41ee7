package ru.opora.schools;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school list's rows written in Java: the link, the small-school badge, every text
 * escaped as Thymeleaf's {@code th:text} escapes it, a dash for an unknown number.
 */
class SchoolRowsTests {

	static final String NASTY = "<script>alert('x')</script> & \"Б\" «В»";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Б&quot; «В»";

	@Test
	void writesTheRowWithEveryTextEscaped() {
		SchoolSummary school = new SchoolSummary(12L, "МКОУ " + NASTY, "Школа " + NASTY, SchoolType.OOSH,
				Settlement.RURAL, "Район " + NASTY, 63, 31, 9, true);
		String html = SchoolRows.html(List.of(school), "/ctx", TestMessages.bundle(), Locale.forLanguageTag("ru"));
		String row = """
				<tr>
				  <td>
				    <a href="/ctx/schools/12">Школа %1$s</a>
				    <span class="badge text-bg-light border ms-1">Малокомплектная</span>
				    <div class="small text-secondary">МКОУ %1$s</div>
				  </td>
				  <td>Район %1$s</td>
				  <td>ООШ</td>
				  <td>Сельская</td>
				  <td class="num">31</td>
				  <td class="num">9</td>
				  <td class="num">63</td>
				</tr>""".formatted(ESCAPED);
		// indented as the template's rows: eight spaces, one row a line
		assertThat(html).isEqualTo("\n" + row.indent(8) + "        ");
	}

	@Test
	void aSchoolNotSmallHasNoBadgeAndUnknownNumbersADash() {
		SchoolSummary school = new SchoolSummary(7L, "МБОУ «Лицей»", "Лицей", SchoolType.LYCEUM, Settlement.URBAN,
				"Город", null, null, null, false);
		String html = SchoolRows.html(List.of(school, school), "", TestMessages.bundle(), Locale.forLanguageTag("ru"));
		assertThat(html).doesNotContain("badge")
			.contains("<a href=\"/schools/7\">Лицей</a>\n            \n            <div")
			.contains("<td>Лицей</td>\n          <td>Городская</td>")
			.contains(
					"<td class=\"num\">—</td>\n          <td class=\"num\">—</td>\n          <td class=\"num\">—</td>");
		assertThat(html.lines().filter((line) -> line.contains("<tr>"))).hasSize(2);
	}

	@Test
	void anEmptyPageHasNoRows() {
		assertThat(SchoolRows.html(List.of(), "", TestMessages.bundle(), Locale.forLanguageTag("ru"))).isBlank();
	}

}
