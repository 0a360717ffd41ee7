package ru.opora.web;

import org.springframework.web.util.HtmlUtils;

/**
 * HTML escaping for the table rows some pages write in Java and insert with
 * {@code th:utext} (their templates name the class that writes them): as Thymeleaf
 * escapes texts and attribute values.
 */
public final class Html {

	private Html() {
	}

	/**
	 * The text with the markup-significant characters ({@code < > & " '}) escaped;
	 * {@code ""} for {@code null}; a text without any of them (nearly all) as it is.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '<', '>', '&', '"', '\'' -> {
					return HtmlUtils.htmlEscape(text, "UTF-8");
				}
				default -> {
				}
			}
		}
		return text;
	}

}
