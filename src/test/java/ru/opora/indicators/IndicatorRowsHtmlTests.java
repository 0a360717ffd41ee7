package ru.opora.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import ru.opora.files.FileInfo;
import ru.opora.schools.MunicipalityOption;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of «Показатели проекта» and of the region's comparison written in Java: every
 * text and attribute value escaped, the edit forms (with the CSRF field) only for whoever
 * may edit, the status badges and charts' data as the templates wrote them.
 */
class IndicatorRowsHtmlTests {

	static final Locale RU = Locale.forLanguageTag("ru");

	ResourceBundleMessageSource messages = TestMessages.bundle();

	IndicatorRowsHtml html = new IndicatorRowsHtml(this.messages, new ValueFormat(this.messages), RU);

	Indicator manual = new Indicator("1", 1, "Центр <b>& \"М\"</b>", "Centre", IndicatorKind.YES_NO, "yes_no",
			IndicatorSource.MANUAL, "Методика 'о'", "Method", true);

	Indicator share = new Indicator("4.1", 5, "Доля", "Share", IndicatorKind.SHARE, "percent", IndicatorSource.COMPUTED,
			"Считается", "Computed", true);

	Indicator heading = new Indicator("4", 4, "Доля школ <i>", "Schools", IndicatorKind.HEADING, "none",
			IndicatorSource.COMPUTED, "", "", true);

	Period period = new Period(12L, 3L, "500+ <2026>", 2026, false, Checkpoint.FINAL);

	IndicatorPage page(boolean canEdit) {
		IndicatorRow manualRow = new IndicatorRow(this.manual, BigDecimal.ONE, BigDecimal.ZERO,
				IndicatorStatus.NOT_ACHIEVED, null, "Комментарий <script>alert(1)</script>",
				new FileInfo(5L, "отчёт \"<1>\".pdf", "application/pdf", 10, "x", Instant.EPOCH), 77L, 3L,
				"Иван <Иванов>", LocalDateTime.of(2026, 11, 10, 9, 5), true, List.of(BigDecimal.ONE),
				List.of(BigDecimal.ONE));
		IndicatorRow shareRow = new IndicatorRow(this.share, new BigDecimal("50"), new BigDecimal("45.5"),
				IndicatorStatus.CLOSE, new Computed(new BigDecimal("45.5"), 91, 200L, List.of()), null, null, null,
				null, null, null, false, List.of(new BigDecimal("45.5")), java.util.Arrays.asList((BigDecimal) null));
		return new IndicatorPage(new MunicipalityOption(3L, "Район", 1L, "Край"), List.of(this.period), this.period,
				List.of(IndicatorRow.empty(this.heading, false), manualRow, shareRow), canEdit);
	}

	@Test
	void theCoordinatorsRowsHaveEveryTextEscapedAndTheFormsWithTheirCsrfField() {
		String out = this.html.pageRows(page(true), "/ctx", IndicatorRowsHtml.csrfField("_csrf", "tok\"en<"));
		assertThat(out)
			.contains("<tr id=\"indicator-4\" data-code=\"4\" data-source=\"COMPUTED\">\n<th scope=\"row\">4</th>\n"
					+ "<td colspan=\"6\" class=\"fw-semibold\">Доля школ &lt;i&gt;</td>")
			.contains("<div>Центр &lt;b&gt;&amp; &quot;М&quot;&lt;/b&gt;</div>")
			.contains("<span title=\"Методика &#39;о&#39;\" class=\"ind-method\">Методика</span>")
			.contains("<div class=\"small mt-1 ind-comment\">Комментарий &lt;script&gt;alert(1)&lt;/script&gt;</div>")
			.contains(
					"<a class=\"ind-evidence\" href=\"/ctx/indicators/evidence/77\">отчёт &quot;&lt;1&gt;&quot;.pdf</a>")
			.contains("<div class=\"small text-secondary\">Изменено: Иван &lt;Иванов&gt;, 10.11.2026 09:05</div>")
			.contains("action=\"/ctx/indicators/12/FINAL/1/value\"><input type=\"hidden\" name=\"_csrf\" "
					+ "value=\"tok&quot;en&lt;\"/>\n<input type=\"hidden\" name=\"version\" value=\"3\">")
			.contains("<option value=\"0\" selected=\"selected\">нет</option>")
			.contains(">Комментарий &lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
			.contains("<div class=\"form-text\">")
			.contains("action=\"/ctx/indicators/12/FINAL/4-1/target\">")
			.contains("id=\"target-4-1\" value=\"50\">")
			.contains("<th scope=\"row\" class=\"text-nowrap ps-3 fw-normal\">4.1</th>")
			.contains("<a class=\"ind-how\" href=\"/ctx/indicators/12/FINAL/4-1\">как рассчитано</a>")
			.contains("<span class=\"ind-fraction\">(91 / 200)</span>")
			.contains("<td class=\"text-end text-nowrap fw-semibold ind-value\">45,5 %</td>")
			.contains("<span class=\"badge ind-status text-bg-warning\" data-status=\"CLOSE\">близко</span>")
			.contains("data-labels=\"500+ &lt;2026&gt; · 31.12\" data-values=\"45.5\" data-targets=\"\"")
			.contains("<form method=\"post\" action=\"/ctx/indicators/public/4-1\" class=\"ind-public-form\">")
			.contains("<input type=\"hidden\" name=\"shown\" value=\"true\">\n"
					+ "<input type=\"hidden\" name=\"period\" value=\"12-FINAL\">")
			.doesNotContain("<script>")
			.doesNotContain("<Иванов>")
			.doesNotContain("tok\"en<");
	}

	@Test
	void aReaderGetsNoFormsOnlyTheValues() {
		String out = this.html.pageRows(page(false), "", IndicatorRowsHtml.csrfField("_csrf", "token"));
		assertThat(out).doesNotContain("<form")
			.doesNotContain("<details")
			.doesNotContain("token")
			.contains("<span class=\"ind-target\">да</span>")
			.contains("<td>\n<span>да</span>\n</td>")
			.contains("<a class=\"ind-evidence\" href=\"/indicators/evidence/77\">");
	}

	@Test
	void theComparisonsCellsAreEscapedAndEmptyWithoutAProgrammeYear() {
		MunicipalityOption first = new MunicipalityOption(1L, "Район <1>", 1L, "Край");
		MunicipalityOption second = new MunicipalityOption(2L, "Район \"2\"", 1L, "Край");
		IndicatorComparison c = new IndicatorComparison(1L, List.of(1L), List.of(first, second), 2026, List.of(2026),
				Checkpoint.FINAL, List.of(first, second), List.of(this.heading, this.share), Map.of(1L, Map.of("4.1",
						new IndicatorComparison.Cell(new BigDecimal("45.5"), null, IndicatorStatus.NO_TARGET))));
		String out = this.html.regionRows(c);
		assertThat(out).contains("<td class=\"ind-name fw-semibold\">Доля школ &lt;i&gt;</td>")
			.contains("<div class=\"fw-semibold\">45,5 %</div>\n<div class=\"small text-secondary\">Цель: —</div>\n"
					+ "<span class=\"badge ind-status text-bg-light border\" data-status=\"NO_TARGET\">цель не задана</span>")
			.contains("data-labels=\"Район &lt;1&gt;|Район &quot;2&quot;\" data-values=\"45.5;\"")
			.contains("<tr id=\"region-indicator-4-1\">")
			.doesNotContain("<1>");
		// the heading has empty cells and no chart; the second municipality has no cell
		assertThat(out.split("<canvas", -1)).hasSize(2);
		assertThat(out).contains("<td class=\"text-end text-nowrap\"></td>\n<td class=\"ind-trend-cell\">\n<canvas");
	}

}
