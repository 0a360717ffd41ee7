package ru.opora.teachers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The result of an enrolment: the entry and final test scores (0–100, «72» or «72,5»,
 * either may be empty) and, for a completed course, the date it was completed.
 */
@Getter
@Setter
class EnrolmentForm {

	private String entryScore;

	private String finalScore;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate completedOn;

	private long version;

	static EnrolmentForm from(CourseViews.EnrolmentDetails details) {
		EnrolmentForm form = new EnrolmentForm();
		form.entryScore = text(details.row().entryScore());
		form.finalScore = text(details.row().finalScore());
		form.completedOn = details.row().completedOn();
		form.version = details.version();
		return form;
	}

	/**
	 * The command, or null when a field is wrong (the errors are in {@code result}).
	 */
	EnrolmentCommand toCommand(BindingResult result) {
		BigDecimal entry = score("entryScore", this.entryScore, result);
		BigDecimal last = score("finalScore", this.finalScore, result);
		if (this.completedOn != null && (this.completedOn.getYear() < 2000 || this.completedOn.getYear() > 2100)) {
			result.rejectValue("completedOn", "teachers.enrolment.badDate");
		}
		return result.hasErrors() ? null : new EnrolmentCommand(entry, last, this.completedOn);
	}

	static BigDecimal score(String field, String value, BindingResult result) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (!text.matches("-?\\d{1,9}([.,]\\d{1,9})?")) {
			result.rejectValue(field, "teachers.enrolment.scoreNotNumber");
			return null;
		}
		BigDecimal score = new BigDecimal(text.replace(',', '.'));
		if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
				|| score.stripTrailingZeros().scale() > 2) {
			result.rejectValue(field, "teachers.enrolment.scoreRange");
			return null;
		}
		return score.setScale(2, RoundingMode.UNNECESSARY);
	}

	static String text(BigDecimal score) {
		return (score != null) ? score.stripTrailingZeros().toPlainString().replace('.', ',') : null;
	}

}
