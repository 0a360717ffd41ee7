package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.Getter;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One factor of a risk profile: its significance now and as the source gave it, the
 * survey score (0–1, surveys only), how it was produced, and the curator's change with
 * its reason.
 */
@Embeddable
@Getter
class ProfileFactor {

	@Column(name = "risk_factor_id", nullable = false)
	private Long riskFactorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Significance significance;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_significance", nullable = false)
	private Significance sourceSignificance;

	private BigDecimal score;

	/**
	 * The lines of {@link ExplanationLine} as a JSON array.
	 */
	@Column(name = "explanation_lines", columnDefinition = "jsonb")
	@ColumnTransformer(write = "cast(? as jsonb)")
	private String explanation;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "change_reason")
	private String changeReason;

	protected ProfileFactor() {
	}

	ProfileFactor(Long riskFactorId, Significance significance, BigDecimal score, List<ExplanationLine> explanation) {
		this.riskFactorId = riskFactorId;
		this.significance = significance;
		this.sourceSignificance = significance;
		this.score = score;
		this.explanation = ExplanationLine.toJson(explanation);
	}

	List<ExplanationLine> explanationLines() {
		return ExplanationLine.fromJson(this.explanation);
	}

	ProfileFactor changed(Significance next, String reason, String username, Instant now) {
		ProfileFactor copy = new ProfileFactor(this.riskFactorId, this.sourceSignificance, this.score, null);
		copy.explanation = this.explanation;
		copy.significance = next;
		if (next != this.sourceSignificance) {
			copy.changedBy = username;
			copy.changedAt = now;
			copy.changeReason = reason;
		}
		return copy;
	}

	boolean isChanged() {
		return this.changedBy != null;
	}

}
