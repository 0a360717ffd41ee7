package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/**
 * The administrator's form of a classification rule.
 */
@Getter
@Setter
class RuleForm {

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal lowShareThreshold;

	@NotNull
	@Min(1)
	@Max(50)
	private Integer minLowAssessments;

	@NotNull
	@Min(1)
	@Max(1000)
	private Integer minParticipants;

	@NotNull
	@Min(2)
	@Max(10)
	private Integer persistentYears;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal wellbeingThreshold;

	@NotNull
	@Min(1)
	@Max(5000)
	private Integer remoteKm;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightHigherEducation;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightLowIncome;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightSingleParent;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightDisability;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightNonNative;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightPreventive;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightRural;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightSmallSchool;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("10")
	@Digits(integer = 2, fraction = 2)
	private BigDecimal weightRemote;

	private long version;

	static RuleForm of(RuleSummary rule) {
		ClassificationParameters p = rule.parameters();
		RuleForm form = new RuleForm();
		form.setLowShareThreshold(p.lowShareThreshold());
		form.setMinLowAssessments(p.minLowAssessments());
		form.setMinParticipants(p.minParticipants());
		form.setPersistentYears(p.persistentYears());
		form.setWellbeingThreshold(p.wellbeingThreshold());
		form.setRemoteKm(p.remoteKm());
		form.setWeightHigherEducation(p.weight(WellbeingFactor.HIGHER_EDUCATION));
		form.setWeightLowIncome(p.weight(WellbeingFactor.LOW_INCOME));
		form.setWeightSingleParent(p.weight(WellbeingFactor.SINGLE_PARENT));
		form.setWeightDisability(p.weight(WellbeingFactor.DISABILITY));
		form.setWeightNonNative(p.weight(WellbeingFactor.NON_NATIVE));
		form.setWeightPreventive(p.weight(WellbeingFactor.PREVENTIVE));
		form.setWeightRural(p.weight(WellbeingFactor.RURAL));
		form.setWeightSmallSchool(p.weight(WellbeingFactor.SMALL_SCHOOL));
		form.setWeightRemote(p.weight(WellbeingFactor.REMOTE));
		form.setVersion(rule.version());
		return form;
	}

	/**
	 * At least one share of the social passport must weigh something, or no ИСБШ could
	 * ever be computed.
	 */
	boolean hasShareWeight() {
		return toParameters().weights()
			.entrySet()
			.stream()
			.anyMatch((e) -> e.getKey().isShare() && e.getValue() != null && e.getValue().signum() > 0);
	}

	ClassificationParameters toParameters() {
		Map<WellbeingFactor, BigDecimal> weights = new EnumMap<>(WellbeingFactor.class);
		weights.put(WellbeingFactor.HIGHER_EDUCATION, this.weightHigherEducation);
		weights.put(WellbeingFactor.LOW_INCOME, this.weightLowIncome);
		weights.put(WellbeingFactor.SINGLE_PARENT, this.weightSingleParent);
		weights.put(WellbeingFactor.DISABILITY, this.weightDisability);
		weights.put(WellbeingFactor.NON_NATIVE, this.weightNonNative);
		weights.put(WellbeingFactor.PREVENTIVE, this.weightPreventive);
		weights.put(WellbeingFactor.RURAL, this.weightRural);
		weights.put(WellbeingFactor.SMALL_SCHOOL, this.weightSmallSchool);
		weights.put(WellbeingFactor.REMOTE, this.weightRemote);
		weights.replaceAll((k, v) -> (v != null) ? v : BigDecimal.ZERO);
		return new ClassificationParameters(this.lowShareThreshold, this.minLowAssessments, this.minParticipants,
				this.persistentYears, this.wellbeingThreshold, weights, this.remoteKm);
	}

}
