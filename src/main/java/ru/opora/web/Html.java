package ru.opora.web;

import java.util.BitSet;

import org.springframework.web.util.HtmlUtils;

/**
 * HTML escaping for the table rows some pages write in Java and insert with
 * {@code th:utext} (their templates name the class that writes them): as Thymeleaf
 * escapes texts and attribute values.
 */
public final class Html {

	/**
	 * The characters that {@link HtmlUtils#htmlEscape(String)} writes as references (HTML
	 * 4's named characters such as {@code «} and {@code —}, and {@code '}), found by
	 * asking it once for each character it might (none from 10,000 on).
	 */
	private static final BitSet HTML4_REFERENCED = new BitSet(10_000);

	static {
		for (char c = 0; c < 10_000; c++) {
			if (!HtmlUtils.htmlEscape(String.valueOf(c)).equals(String.valueOf(c))) {
				HTML4_REFERENCED.set(c);
			}
		}
	}

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

	/**
	 * The text as {@link HtmlUtils#htmlEscape(String)} escapes it (HTML 4's named
	 * references: {@code «} as {@code &laquo;}), for rows that were written with it; a
	 * text without any such character (Cyrillic names, nearly all) as it is, without
	 * copying it.
	 */
	public static String escapeHtml4(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 10_000 && HTML4_REFERENCED.get(c)) {
				return HtmlUtils.htmlEscape(text);
			}
		}
		return text;
	}

}
