package ru.opora.riskprofile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ru.opora.tabular.FileVocabulary;

/**
 * Significance of a risk factor for a school: высокая, средняя, низкая, or «недостаточно
 * данных» (a questionnaire group with too few respondents, or a factor a file left out).
 * Shown through {@code Significance.<CONSTANT>}.
 */
public enum Significance {

	HIGH, MEDIUM, LOW, NO_DATA;

	/**
	 * «Высокая», «высокий», «В», «high» → HIGH, and so on; «нет данных» or a dash →
	 * NO_DATA. The words are file-format vocabulary of the risk-profile import (what the
	 * federal survey's tables write), not interface text.
	 */
	public static Optional<Significance> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').replace(".", "");
		if (FileVocabulary.NO_VALUE.contains(value)) {
			return Optional.of(NO_DATA);
		}
		return Words.BY_VALUE.containsKey(value) ? Optional.of(Words.BY_VALUE.get(value)) : Optional.empty();
	}

	public boolean isKnown() {
		return this != NO_DATA;
	}

	/**
	 * The values of the «Значимость» column (file-format vocabulary,
	 * {@code riskprofile.significance.*}).
	 */
	private static final class Words {

		static final Map<String, Significance> BY_VALUE = byValue();

		private static Map<String, Significance> byValue() {
			Map<String, Significance> map = new HashMap<>();
			FileVocabulary.words("riskprofile.significance.high").forEach((w) -> map.put(w, HIGH));
			FileVocabulary.words("riskprofile.significance.medium").forEach((w) -> map.put(w, MEDIUM));
			FileVocabulary.words("riskprofile.significance.low").forEach((w) -> map.put(w, LOW));
			FileVocabulary.words("riskprofile.significance.noData").forEach((w) -> map.put(w, NO_DATA));
			return Map.copyOf(map);
		}

	}

}
