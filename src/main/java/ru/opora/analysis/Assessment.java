package ru.opora.analysis;

import java.util.Locale;
import java.util.Optional;

import ru.opora.tabular.FileVocabulary;

/**
 * The assessments whose results classify a school. Shown through
 * {@code Assessment.<CONSTANT>}; files name them by {@link #label()} (file-format
 * vocabulary of the results import, the same whatever the interface language).
 */
public enum Assessment {

	/** Всероссийские проверочные работы, grades 4–11, marks 2–5. */
	VPR(4, 11, 5),
	/** Основной государственный экзамен, grade 9, marks 2–5. */
	OGE(9, 9, 5),
	/** Единый государственный экзамен, grade 11, scores 0–100. */
	EGE(11, 11, 100);

	private final String label;

	private final int minGrade;

	private final int maxGrade;

	private final int maxMean;

	Assessment(int minGrade, int maxGrade, int maxMean) {
		this.label = FileVocabulary.word("analysis.assessment." + name());
		this.minGrade = minGrade;
		this.maxGrade = maxGrade;
		this.maxMean = maxMean;
	}

	public String label() {
		return this.label;
	}

	public int minGrade() {
		return this.minGrade;
	}

	public int maxGrade() {
		return this.maxGrade;
	}

	/** The highest mean mark (5) or mean score (100). */
	public int maxMean() {
		return this.maxMean;
	}

	/**
	 * «ВПР», «впр», «VPR» → VPR.
	 */
	public static Optional<Assessment> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim().toUpperCase(Locale.ROOT);
		for (Assessment a : values()) {
			if (a.label.equals(value) || a.name().equals(value)) {
				return Optional.of(a);
			}
		}
		return Optional.empty();
	}

}
