package ru.opora.analysis;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/**
 * The social passport form of a school and year; empty shares mean «unknown».
 */
@Getter
@Setter
class PassportForm {

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	@NotNull
	@Min(0)
	@Max(100000)
	private Integer students;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal lowIncome;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal singleParent;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal disability;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal nonNative;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal preventive;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal higherEducation;

	/** null for a new passport */
	private Long version;

	static PassportForm of(int year, PassportView view) {
		PassportForm form = new PassportForm();
		form.setYear(year);
		if (view != null) {
			PassportFigures f = view.figures();
			form.setStudents(f.students());
			form.setLowIncome(f.lowIncome());
			form.setSingleParent(f.singleParent());
			form.setDisability(f.disability());
			form.setNonNative(f.nonNative());
			form.setPreventive(f.preventive());
			form.setHigherEducation(f.higherEducation());
			form.setVersion(view.version());
		}
		return form;
	}

	PassportCommand toCommand() {
		return new PassportCommand(this.year, this.students, this.lowIncome, this.singleParent, this.disability,
				this.nonNative, this.preventive, this.higherEducation);
	}

}
