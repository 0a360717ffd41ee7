package ru.opora.common;

/**
 * The one place where the portal turns a title into a spreadsheet sheet name that Excel
 * and POI accept: no {@code \ / ? * [ ] :}, no apostrophe at either end, not blank, at
 * most 31 characters. Every workbook the portal writes names its sheets through it.
 */
public final class SheetNames {

	/** Excel's limit. */
	public static final int MAX_LENGTH = 31;

	private static final String FALLBACK = "Sheet1";

	private SheetNames() {
	}

	public static String safe(String title) {
		String name = (title != null) ? title.replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", " ").strip() : "";
		name = trimApostrophes(name);
		if (name.length() > MAX_LENGTH) {
			name = trimApostrophes(name.substring(0, MAX_LENGTH).strip());
		}
		return name.isEmpty() ? FALLBACK : name;
	}

	private static String trimApostrophes(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == '\'' || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '\'' || Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

}
