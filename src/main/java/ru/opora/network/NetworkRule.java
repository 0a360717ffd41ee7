package ru.opora.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A rule of the suggestion: a locked or excluded pair (mentee, mentor), an excluded
 * school, or two schools that asked not to be paired.
 */
@Entity
@Table(name = "network_rule")
@Getter
class NetworkRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "network_id", nullable = false)
	private Long networkId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RuleKind kind;

	/** the mentee of a pair rule, the school of an exclusion, one side of a conflict */
	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	/** the mentor of a pair rule, the other side of a conflict */
	@Column(name = "other_school_id")
	private Long otherSchoolId;

	private String note;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected NetworkRule() {
	}

	NetworkRule(Long networkId, RuleKind kind, Long schoolId, Long otherSchoolId, String note, String createdBy,
			Instant now) {
		this.networkId = networkId;
		this.kind = kind;
		this.schoolId = schoolId;
		this.otherSchoolId = (kind == RuleKind.EXCLUDE_SCHOOL) ? null : otherSchoolId;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	boolean concerns(Long school) {
		return this.schoolId.equals(school) || school.equals(this.otherSchoolId);
	}

}
