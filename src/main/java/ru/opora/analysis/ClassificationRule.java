package ru.opora.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * The stored classification rule of a region, or the default one (no region).
 */
@Entity
@Table(name = "classification_rule")
@Getter
class ClassificationRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_id")
	private Long regionId;

	@Column(name = "low_share_threshold")
	private BigDecimal lowShareThreshold;

	@Column(name = "min_low_assessments")
	private int minLowAssessments;

	@Column(name = "min_participants")
	private int minParticipants;

	@Column(name = "persistent_years")
	private int persistentYears;

	@Column(name = "wellbeing_threshold")
	private BigDecimal wellbeingThreshold;

	@Column(name = "weight_higher_education")
	private BigDecimal weightHigherEducation;

	@Column(name = "weight_low_income")
	private BigDecimal weightLowIncome;

	@Column(name = "weight_single_parent")
	private BigDecimal weightSingleParent;

	@Column(name = "weight_disability")
	private BigDecimal weightDisability;

	@Column(name = "weight_non_native")
	private BigDecimal weightNonNative;

	@Column(name = "weight_preventive")
	private BigDecimal weightPreventive;

	@Column(name = "weight_rural")
	private BigDecimal weightRural;

	@Column(name = "weight_small_school")
	private BigDecimal weightSmallSchool;

	@Column(name = "weight_remote")
	private BigDecimal weightRemote;

	@Column(name = "remote_km")
	private int remoteKm;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ClassificationRule() {
	}

	/**
	 * A region's own rule, starting as a copy of the given parameters.
	 */
	ClassificationRule(Long regionId, ClassificationParameters start, Instant now) {
		this.regionId = regionId;
		this.updatedAt = now;
		set(start);
	}

	ClassificationParameters getParameters() {
		return parameters();
	}

	ClassificationParameters parameters() {
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
		return new ClassificationParameters(this.lowShareThreshold, this.minLowAssessments, this.minParticipants,
				this.persistentYears, this.wellbeingThreshold, weights, this.remoteKm);
	}

	void apply(ClassificationParameters parameters, String username, Instant now) {
		set(parameters);
		this.updatedBy = username;
		this.updatedAt = now;
	}

	private void set(ClassificationParameters p) {
		this.lowShareThreshold = p.lowShareThreshold();
		this.minLowAssessments = p.minLowAssessments();
		this.minParticipants = p.minParticipants();
		this.persistentYears = p.persistentYears();
		this.wellbeingThreshold = p.wellbeingThreshold();
		this.weightHigherEducation = p.weight(WellbeingFactor.HIGHER_EDUCATION);
		this.weightLowIncome = p.weight(WellbeingFactor.LOW_INCOME);
		this.weightSingleParent = p.weight(WellbeingFactor.SINGLE_PARENT);
		this.weightDisability = p.weight(WellbeingFactor.DISABILITY);
		this.weightNonNative = p.weight(WellbeingFactor.NON_NATIVE);
		this.weightPreventive = p.weight(WellbeingFactor.PREVENTIVE);
		this.weightRural = p.weight(WellbeingFactor.RURAL);
		this.weightSmallSchool = p.weight(WellbeingFactor.SMALL_SCHOOL);
		this.weightRemote = p.weight(WellbeingFactor.REMOTE);
		this.remoteKm = p.remoteKm();
	}

	static Map<String, Object> auditState(ClassificationParameters p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("lowShareThreshold", SocialPassport.plain(p.lowShareThreshold()));
		state.put("minLowAssessments", p.minLowAssessments());
		state.put("minParticipants", p.minParticipants());
		state.put("persistentYears", p.persistentYears());
		state.put("wellbeingThreshold", SocialPassport.plain(p.wellbeingThreshold()));
		for (WellbeingFactor f : WellbeingFactor.values()) {
			state.put("weight." + f.name(), SocialPassport.plain(p.weight(f)));
		}
		state.put("remoteKm", p.remoteKm());
		return state;
	}

}
