package ru.opora.analysis;

import java.util.Locale;

/**
 * «The same assessment» of the classification rule: the same procedure, subject and grade
 * (ВПР, математика, 5 класс) in another year. Subjects compare without case.
 */
public record AssessmentKey(Assessment assessment, String subject, int grade) {

	public AssessmentKey {
		subject = subject.strip().toLowerCase(Locale.ROOT);
	}

	static AssessmentKey of(AssessmentFigure figure) {
		return new AssessmentKey(figure.assessment(), figure.subject(), figure.grade());
	}

	/**
	 * Reads the database form {@code VPR|математика|5}.
	 */
	static AssessmentKey parse(String text) {
		String[] parts = text.split("\\|", 3);
		return new AssessmentKey(Assessment.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]));
	}

}
