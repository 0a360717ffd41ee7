package ru.opora.tabular;

import java.util.Locale;

/**
 * A column of an import file: its title as the Russian template has it (the file format,
 * the same whatever the interface language), whether it must be present and filled, and
 * the message key explaining it.
 */
public record ImportColumn(String title, boolean required, String hintKey) {

	/**
	 * Titles match without case, spaces, quotes and punctuation, and with «ё» as «е»:
	 * «Доля «2», %» is «доля 2 %» is «Доля "2"».
	 */
	public static String normalize(String title) {
		if (title == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		title.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.codePoints()
			.filter(Character::isLetterOrDigit)
			.forEach(out::appendCodePoint);
		return out.toString();
	}

}
