package ru.opora.riskprofile;

import java.util.Locale;
import java.util.Optional;

/**
 * Significance of a risk factor for a school: высокая, средняя, низкая, or «недостаточно
 * данных» (a questionnaire group with too few respondents, or a factor a file left out).
 * Shown through {@code Significance.<CONSTANT>}.
 */
public enum Significance {

	HIGH, MEDIUM, LOW, NO_DATA;

	/**
	 * «Высокая», «высокий», «В», «high» → HIGH, and so on; «нет данных» → NO_DATA.
	 */
	public static Optional<Significance> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').replace(".", "");
		return switch (value) {
			case "высокая", "высокий", "высокое", "в", "high" -> Optional.of(HIGH);
			case "средняя", "средний", "среднее", "с", "medium" -> Optional.of(MEDIUM);
			case "низкая", "низкий", "низкое", "н", "low" -> Optional.of(LOW);
			case "нет данных", "недостаточно данных", "-", "—" -> Optional.of(NO_DATA);
			default -> Optional.empty();
		};
	}

	public boolean isKnown() {
		return this != NO_DATA;
	}

}
