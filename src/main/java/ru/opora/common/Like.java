package ru.opora.common;

import java.util.Locale;

/**
 * A user's search text as a LIKE pattern (escape character {@code \}): the text matches
 * itself, so «%» or «_» in it are not wildcards.
 */
public final class Like {

	public static final char ESCAPE = '\\';

	private Like() {
	}

	public static String contains(String text) {
		String escaped = text.trim()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
