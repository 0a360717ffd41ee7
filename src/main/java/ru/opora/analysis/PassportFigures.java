package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * A school's social passport for a year: students and shares in percent (any share may be
 * unknown).
 */
public record PassportFigures(int year, Integer students, BigDecimal lowIncome, BigDecimal singleParent,
		BigDecimal disability, BigDecimal nonNative, BigDecimal preventive, BigDecimal higherEducation) {

	BigDecimal share(WellbeingFactor factor) {
		return switch (factor) {
			case HIGHER_EDUCATION -> this.higherEducation;
			case LOW_INCOME -> this.lowIncome;
			case SINGLE_PARENT -> this.singleParent;
			case DISABILITY -> this.disability;
			case NON_NATIVE -> this.nonNative;
			case PREVENTIVE -> this.preventive;
			case RURAL, SMALL_SCHOOL, REMOTE -> null;
		};
	}

}
