package ru.opora.network;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import ru.opora.common.RuleViolationException;

/**
 * A mentor school and one mentee school of a network, with the pair's network programme:
 * the deficits it addresses (risk factors and subjects of the mentee) and its goals.
 */
@Entity
@Table(name = "network_pair")
@Getter
class NetworkPair {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "network_id", nullable = false)
	private Long networkId;

	@Column(name = "mentor_school_id", nullable = false)
	private Long mentorSchoolId;

	@Column(name = "mentee_school_id", nullable = false)
	private Long menteeSchoolId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PairOrigin origin;

	private Integer score;

	private String goals;

	@Column(name = "deficits_note")
	private String deficitsNote;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "network_pair_factor", joinColumns = @JoinColumn(name = "pair_id"))
	@Column(name = "risk_factor_id")
	private Set<Long> factorIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "network_pair_subject", joinColumns = @JoinColumn(name = "pair_id"))
	@Column(name = "subject")
	private Set<String> subjects = new LinkedHashSet<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "ended_by")
	private String endedBy;

	@Version
	private long version;

	protected NetworkPair() {
	}

	NetworkPair(Long networkId, Long mentorSchoolId, Long menteeSchoolId, PairOrigin origin, Integer score,
			String createdBy, Instant now) {
		this.networkId = networkId;
		this.mentorSchoolId = mentorSchoolId;
		this.menteeSchoolId = menteeSchoolId;
		this.origin = origin;
		this.score = score;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	boolean isActive() {
		return this.endedAt == null;
	}

	boolean involves(Long schoolId) {
		return this.mentorSchoolId.equals(schoolId) || this.menteeSchoolId.equals(schoolId);
	}

	void end(String user, Instant now) {
		if (!isActive()) {
			throw new RuleViolationException("network.pair.alreadyEnded");
		}
		this.endedAt = now;
		this.endedBy = user;
	}

	void plan(String goals, String deficitsNote, Set<Long> factorIds, Set<String> subjects) {
		if (!isActive()) {
			throw new RuleViolationException("network.pair.ended");
		}
		this.goals = goals;
		this.deficitsNote = deficitsNote;
		this.factorIds.clear();
		this.factorIds.addAll(factorIds);
		this.subjects.clear();
		this.subjects.addAll(subjects);
	}

}
