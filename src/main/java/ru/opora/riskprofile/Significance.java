package ru.opora.riskprofile;

import java.util.Locale;
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
		return switch (value) {
			case "высокая", "высокий", "высокое", "в", "high" -> Optional.of(HIGH);
			case "средняя", "средний", "среднее", "с", "medium" -> Optional.of(MEDIUM);
			case "низкая", "низкий", "низкое", "н", "low" -> Optional.of(LOW);
			case "нет данных", "недостаточно данных" -> Optional.of(NO_DATA);
			default -> Optional.empty();
		};
	}

	public boolean isKnown() {
		return this != NO_DATA;
	}

}
