package ru.opora.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of «Кураторы» written in Java: every text escaped, the period, the state badge
 * and the end button as the template wrote them.
 */
class AssignmentRowsTests {

	static final LocalDate START = LocalDate.of(2026, 3, 1);

	@Test
	void writesAnActiveAssignmentWithEveryTextEscaped() {
		AssignmentView view = new AssignmentView(11L, 4L, "Иванова <b>\"Анна\"</b>", "Методист & 'куратор'", 7L,
				"Школа <script>alert('x')</script>", START, null, true);
		String html = AssignmentRows.html(List.of(view), "/ctx", TestMessages.bundle(), Locale.forLanguageTag("ru"));
		assertThat(html).startsWith("<tr>")
			.contains("<td><a href=\"/ctx/schools/7\">Школа &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a></td>")
			.contains("<div>Иванова &lt;b&gt;&quot;Анна&quot;&lt;/b&gt;</div>")
			.contains("<div class=\"small text-secondary\">Методист &amp; &#39;куратор&#39;</div>")
			.contains("<span>01.03.2026</span>")
			.doesNotContain("<span>— ")
			.contains("<span class=\"badge text-bg-success\">действует</span>")
			.doesNotContain("text-bg-secondary")
			.doesNotContain("text-bg-info")
			.contains("form=\"assignment-end\"")
			.contains("formaction=\"/ctx/assignments/11/end\">Завершить</button>")
			.doesNotContain("<script>")
			.doesNotContain("<b>")
			.endsWith("</tr>\n");
	}

	@Test
	void anEndedAssignmentShowsItsEndAndNoButtonAFutureOneItsBadge() {
		AssignmentView ended = new AssignmentView(12L, 4L, "Петров", null, 8L, "Школа", START,
				LocalDate.of(2026, 6, 30), false);
		AssignmentView future = new AssignmentView(13L, 4L, "Сидоров", "Методист", 9L, "Школа 2", START, null, false);
		String html = AssignmentRows.html(List.of(ended, future), "", TestMessages.bundle(),
				Locale.forLanguageTag("ru"));
		String first = html.substring(0, html.indexOf("</tr>"));
		String second = html.substring(html.indexOf("</tr>"));
		assertThat(first).contains("<a href=\"/schools/8\">Школа</a>")
			.contains("<div class=\"small text-secondary\"></div>")
			.contains("<span>01.03.2026</span>")
			.contains("<span>— 30.06.2026</span>")
			.contains("<span class=\"badge text-bg-secondary\">завершено</span>")
			.doesNotContain("text-bg-success")
			.doesNotContain("<button");
		assertThat(second).contains("<span class=\"badge text-bg-info\">ещё не началось</span>")
			.contains("formaction=\"/assignments/13/end\"");
	}

	@Test
	void optionsEscapeTheirLabelsAndMarkTheChosenOne() {
		List<String> names = List.of("Школа <script>alert('x')</script>", "Школа \"2\"");
		String html = AssignmentRows.options(List.of(0, 1), (i) -> 10L + i, names::get, 11L);
		assertThat(html)
			.isEqualTo("<option value=\"10\">Школа &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</option>\n"
					+ "<option value=\"11\" selected=\"selected\">Школа &quot;2&quot;</option>\n");
		assertThat(AssignmentRows.options(List.of(0), (i) -> 10L, names::get, null)).doesNotContain("selected");
	}

}
