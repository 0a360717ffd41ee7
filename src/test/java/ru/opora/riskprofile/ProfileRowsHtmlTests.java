package ru.opora.riskprofile;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of a programme year's risk profiles written in Java
 * ({@code RiskProfileController.rowsHtml}): the school's name escaped, the source, the
 * confirmations and the number of chosen factors as the template wrote them.
 */
class ProfileRowsHtmlTests {

	@Test
	void writesEachParticipantWithItsNameEscaped() {
		ResourceBundleMessageSource messages = TestMessages.bundle();
		String html = RiskProfileController.rowsHtml("/ctx", 4L,
				List.of(new ProfileStatus(7L, "Школа <№1> & \"Б\"", ProfileSource.SURVEY, true, false, 2),
						new ProfileStatus(8L, "Школа 'В'", null, false, false, 0)),
				messages, Locale.forLanguageTag("ru"));
		assertThat(html).contains(
				"<tr>\n<td><a href=\"/ctx/programmes/4/schools/7/profile\">Школа &lt;№1&gt; &amp; &quot;Б&quot;</a>"
						+ "</td>\n<td>Анкетирование в портале</td>\n<td>да</td>\n<td>нет</td>\n<td class=\"num\">2</td>\n</tr>")
			.contains("<a href=\"/ctx/programmes/4/schools/8/profile\">Школа &#39;В&#39;</a></td>\n<td>"
					+ messages.getMessage("riskprofile.profiles.noProfile", null, Locale.forLanguageTag("ru"))
					+ "</td>\n<td>нет</td>\n<td>нет</td>\n<td class=\"num\">0</td>")
			.doesNotContain("<№1>");
	}

}
