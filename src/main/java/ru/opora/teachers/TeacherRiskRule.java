package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A region's rule for the teachers' «группа риска». Without a row the defaults hold
 * ({@link RiskRule#DEFAULT}).
 */
@Entity
@Table(name = "teacher_risk_rule")
@Getter
class TeacherRiskRule {

	@Id
	@Column(name = "region_id")
	private Long regionId;

	@Column(name = "area_threshold", nullable = false)
	private BigDecimal areaThreshold;

	@Column(name = "external_threshold")
	private BigDecimal externalThreshold;

	@Column(name = "external_levels", nullable = false)
	private String externalLevels;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TeacherRiskRule() {
	}

	TeacherRiskRule(Long regionId) {
		this.regionId = regionId;
		this.areaThreshold = RiskRule.DEFAULT.areaThreshold();
		this.externalLevels = ExternalLevel.LOW.name();
		this.updatedAt = Instant.EPOCH;
	}

	RiskRule rule() {
		Set<ExternalLevel> levels = Arrays.stream(this.externalLevels.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.map(ExternalLevel::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ExternalLevel.class)));
		return new RiskRule(this.areaThreshold, this.externalThreshold, levels);
	}

	void change(RiskRule rule, String by, Instant now) {
		this.areaThreshold = rule.areaThreshold();
		this.externalThreshold = rule.externalThreshold();
		this.externalLevels = rule.externalLevels().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.updatedBy = by;
		this.updatedAt = now;
	}

}
