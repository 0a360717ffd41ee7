package ru.opora.warnings;

import java.util.EnumMap;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;

import org.springframework.validation.Errors;

/**
 * The administrator's form for a region's early-warning settings; checked by
 * {@link #validate(Errors)} (every bad value gets its own message, nothing is saved).
 */
@Getter
@Setter
class WarningSettingsForm {

	private Map<Reason, Integer> limits = new EnumMap<>(Reason.class);

	private Map<Reason, Integer> weights = new EnumMap<>(Reason.class);

	private Integer attentionScore;

	private Integer riskScore;

	private Integer riskEscalationDays;

	private long version;

	static WarningSettingsForm of(WarningService.RegionSettings settings) {
		WarningSettingsForm form = new WarningSettingsForm();
		Thresholds t = settings.thresholds();
		for (Reason reason : Reason.values()) {
			form.limits.put(reason, t.limit(reason));
			form.weights.put(reason, t.weight(reason));
		}
		form.attentionScore = t.attentionScore();
		form.riskScore = t.riskScore();
		form.riskEscalationDays = t.riskEscalationDays();
		form.version = settings.version();
		return form;
	}

	void validate(Errors errors) {
		for (Reason reason : Reason.values()) {
			int max = (reason == Reason.RETURNED_TWICE) ? 20 : 365;
			if (!errors.hasFieldErrors("limits[" + reason + "]") && !within(this.limits.get(reason), 1, max)) {
				errors.rejectValue("limits[" + reason + "]", "warnings.settings.limitRange");
			}
			if (!errors.hasFieldErrors("weights[" + reason + "]") && !within(this.weights.get(reason), 0, 20)) {
				errors.rejectValue("weights[" + reason + "]", "warnings.settings.weightRange");
			}
		}
		if (!errors.hasFieldErrors("attentionScore") && !within(this.attentionScore, 1, 100)) {
			errors.rejectValue("attentionScore", "warnings.settings.scoreRange");
		}
		if (!errors.hasFieldErrors("riskScore") && !within(this.riskScore, 1, 100)) {
			errors.rejectValue("riskScore", "warnings.settings.scoreRange");
		}
		if (!errors.hasFieldErrors("riskEscalationDays") && !within(this.riskEscalationDays, 1, 365)) {
			errors.rejectValue("riskEscalationDays", "warnings.settings.escalationRange");
		}
		if (!errors.hasErrors() && this.riskScore <= this.attentionScore) {
			errors.rejectValue("riskScore", "warnings.settings.riskAboveAttention");
		}
	}

	Thresholds toThresholds() {
		return new Thresholds(this.limits, this.weights, this.attentionScore, this.riskScore, this.riskEscalationDays);
	}

	private static boolean within(Integer value, int min, int max) {
		return value != null && value >= min && value <= max;
	}

}
