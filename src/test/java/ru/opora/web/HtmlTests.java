package ru.opora.web;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

	@Test
	void escapeHtml4WritesEveryCharacterAsHtmlUtilsDoes() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String text = "Школа " + c + " №";
			assertThat(Html.escapeHtml4(text)).as("U+%04X", (int) c).isEqualTo(HtmlUtils.htmlEscape(text));
		}
	}

	@Test
	void escapeHtml4EscapesMarkupAndHtml4Characters() {
		assertThat(Html.escapeHtml4("МКОУ «СОШ № 1» <b>&'\" — 5 из 7"))
			.isEqualTo("МКОУ &laquo;СОШ № 1&raquo; &lt;b&gt;&amp;&#39;&quot; &mdash; 5 из 7");
	}

	@Test
	void escapeHtml4KeepsATextWithoutThemAsItIs() {
		String name = "НОШ № 110 (110), Куратор 1-2";
		assertThat(Html.escapeHtml4(name)).isSameAs(name);
	}

	@Test
	void escapeLeavesHtml4CharactersAndEscapesMarkup() {
		assertThat(Html.escape("«Школа» <i>&")).isEqualTo("«Школа» &lt;i&gt;&amp;");
		assertThat(Html.escape(null)).isEmpty();
	}

}
