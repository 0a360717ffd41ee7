package ru.opora.programmes;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import ru.opora.schools.SchoolOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participants' rows of a programme year written in Java: every text escaped, the
 * links and the remove button as the template wrote them.
 */
class ParticipantRowsTests {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	SchoolOption school = new SchoolOption(7L, "Школа <script>alert('x')</script> & \"Б\"", 3L);

	@Test
	void writesTheLinksAndTheRemoveButtonWithTheNameEscaped() {
		String html = ParticipantRows.html(List.of(this.school), 5L, true, "/ctx", messages(),
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
		String html = ParticipantRows.html(List.of(new SchoolOption(8L, "Школа", 3L)), 5L, false, "", messages(),
				Locale.forLanguageTag("ru"));
		assertThat(html).contains("<td><a href=\"/schools/8\">Школа</a></td>")
			.doesNotContain("participant-remove")
			.doesNotContain("<button");
		assertThat(ParticipantRows.html(List.of(), 5L, true, "", messages(), Locale.forLanguageTag("ru"))).isEmpty();
	}

}
