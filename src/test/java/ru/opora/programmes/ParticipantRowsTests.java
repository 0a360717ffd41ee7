package ru.opora.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.schools.SchoolOption;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participants' rows of a programme year written in Java: every text escaped, the
 * links and the remove button as the template wrote them.
 */
class ParticipantRowsTests {

	SchoolOption school = new SchoolOption(7L, "Школа <script>alert('x')</script> & \"Б\"", 3L);

	@Test
	void writesTheLinksAndTheRemoveButtonWithTheNameEscaped() {
		String html = ParticipantRows.html(List.of(this.school), 5L, true, "/ctx", TestMessages.bundle(),
				Locale.forLanguageTag("ru"));
		assertThat(html).startsWith("<tr>")
			.contains("<td><a href=\"/ctx/schools/7\">Школа &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
					+ "&quot;Б&quot;</a></td>")
			.contains("<a href=\"/ctx/programmes/5/schools/7/profile\">Рисковый профиль</a>")
			.contains("<a href=\"/ctx/programmes/5/schools/7/factors\">Факторы риска</a>")
			.contains("<a href=\"/ctx/programmes/5/schools/7/roadmap\">Дорожная карта</a>")
			.contains("form=\"participant-remove\"")
			.contains("formaction=\"/ctx/programmes/5/participants/7/remove\"")
			.contains("data-confirm=\"Убрать школу «Школа &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
					+ "&quot;Б&quot;» из участников?\">Убрать</button>")
			.doesNotContain("<script>")
			.doesNotContain("'x'")
			.endsWith("</tr>\n");
	}

	@Test
	void noRemoveButtonWhenTheUserMayNotChangeTheParticipants() {
		String html = ParticipantRows.html(List.of(new SchoolOption(8L, "Школа", 3L)), 5L, false, "",
				TestMessages.bundle(), Locale.forLanguageTag("ru"));
		assertThat(html).contains("<td><a href=\"/schools/8\">Школа</a></td>")
			.doesNotContain("participant-remove")
			.doesNotContain("<button");
		assertThat(ParticipantRows.html(List.of(), 5L, true, "", TestMessages.bundle(), Locale.forLanguageTag("ru")))
			.isEmpty();
	}

	@Test
	void thePickerOffersToAddASchoolAndToRemoveAParticipantWithTheNamesEscaped() {
		ProgrammeYearSummary year = new ProgrammeYearSummary(5L, 3L, 2026, "500+ 2026", LocalDate.of(2026, 4, 30),
				false, Set.of(8L), 0);
		String html = ParticipantRows.candidates(List.of(this.school, new SchoolOption(8L, "Школа \"8\"", 3L)), year,
				"/ctx", TestMessages.bundle(), Locale.forLanguageTag("ru"));
		String first = html.substring(0, html.indexOf("</li>"));
		String second = html.substring(html.indexOf("</li>"));
		assertThat(first)
			.contains("<span>Школа &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Б&quot;</span>")
			.contains("form=\"candidate-add\" name=\"schoolId\" value=\"7\"")
			.contains(">Добавить</button>")
			.doesNotContain("участник")
			.doesNotContain("candidate-remove");
		assertThat(second).contains("<span>Школа &quot;8&quot;</span>")
			.contains("<span class=\"badge text-bg-success ms-1\">участник</span>")
			.contains("form=\"candidate-remove\"")
			.contains("formaction=\"/ctx/programmes/5/participants/8/remove\">Убрать</button>")
			.doesNotContain("candidate-add");
		assertThat(html).doesNotContain("<script>");
	}

}
