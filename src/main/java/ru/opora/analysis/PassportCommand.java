package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * A social passport as the form or a file gives it: students and shares in percent
 * (shares may be null: unknown).
 */
public record PassportCommand(int year, int students, BigDecimal lowIncome, BigDecimal singleParent,
		BigDecimal disability, BigDecimal nonNative, BigDecimal preventive, BigDecimal higherEducation) {

}
