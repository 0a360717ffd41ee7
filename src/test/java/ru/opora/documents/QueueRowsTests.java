package ru.opora.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of «На проверке» written in Java: every text escaped, the link, the badge, the
 * factor and the wait as the template wrote them.
 */
class QueueRowsTests {

	static final String NASTY = "<script>alert('x')</script> & \"Б\"";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Б&quot;";

	@Test
	void writesTheRowWithEveryTextEscaped() {
		QueueItem item = new QueueItem(11L, 7L, "Школа " + NASTY, DocumentKind.ANTI_RISK_PROGRAMME, "Фактор " + NASTY,
				3, LocalDateTime.of(2026, 11, 1, 10, 15), 9, 5L);
		String html = QueueRows.html(List.of(item), Map.of(5L, "500+ " + NASTY), "/ctx", TestMessages.bundle(),
				Locale.forLanguageTag("ru"), (t) -> "время " + NASTY, (d) -> d + " дней " + NASTY);
		assertThat(html).startsWith("<tr>")
			.contains("<td>Школа " + ESCAPED + "</td>")
			.contains("<td class=\"small\">500+ " + ESCAPED + "</td>")
			.contains("<a href=\"/ctx/documents/11\">")
			.contains("<span class=\"badge text-bg-light border\">версия 3</span>")
			.contains("<div class=\"small text-secondary\">Фактор " + ESCAPED + "</div>")
			.contains("<td class=\"text-nowrap\">время " + ESCAPED + "</td>")
			.contains("<td class=\"num text-danger fw-semibold\">9 дней " + ESCAPED + "</td>")
			.doesNotContain("<script>")
			.doesNotContain("'x'")
			.endsWith("</tr>\n");
	}

	@Test
	void aShortWaitIsNotRedAndAFixedDocumentHasNoFactorLine() {
		QueueItem item = new QueueItem(12L, 7L, "Школа", DocumentKind.CONCEPT, null, 1,
				LocalDateTime.of(2026, 11, 1, 10, 15), 7, 6L);
		String html = QueueRows.html(List.of(item), Map.of(), "", TestMessages.bundle(), Locale.forLanguageTag("ru"),
				(t) -> "t", (d) -> d + " дней");
		assertThat(html).contains("<a href=\"/documents/12\">Концепция развития</a>")
			.contains("<td class=\"num\">7 дней</td>")
			.contains("<td class=\"small\"></td>")
			.doesNotContain("text-danger")
			.doesNotContain("small text-secondary");
		assertThat(QueueRows.html(List.of(), Map.of(), "", TestMessages.bundle(), Locale.forLanguageTag("ru"),
				(t) -> "t", (d) -> "d"))
			.isEmpty();
	}

}
