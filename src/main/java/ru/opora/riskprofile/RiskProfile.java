package ru.opora.riskprofile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * A participant's risk profile in a programme year and its verification: the school and
 * its curator each confirm it; until both have, the curator may change a significance
 * with a written reason (which clears both confirmations, so that both confirm what
 * stands). A verified profile no longer changes, not even by a new import.
 */
@Entity
@Table(name = "risk_profile")
@Getter
class RiskProfile {

	/** A reason shorter than this is not a reason. */
	static final int MIN_REASON = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_year_id", nullable = false)
	private Long programmeYearId;

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProfileSource source;

	@Column(name = "source_note")
	private String sourceNote;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "school_confirmed_by")
	private String schoolConfirmedBy;

	@Column(name = "school_confirmed_at")
	private Instant schoolConfirmedAt;

	@Column(name = "curator_confirmed_by")
	private String curatorConfirmedBy;

	@Column(name = "curator_confirmed_at")
	private Instant curatorConfirmedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "risk_profile_factor", joinColumns = @JoinColumn(name = "profile_id"))
	private List<ProfileFactor> factors = new ArrayList<>();

	protected RiskProfile() {
	}

	RiskProfile(Long programmeYearId, Long schoolId) {
		this.programmeYearId = programmeYearId;
		this.schoolId = schoolId;
	}

	boolean isVerified() {
		return this.schoolConfirmedAt != null && this.curatorConfirmedAt != null;
	}

	/**
	 * A new import or survey result replaces the profile, unless it is verified.
	 */
	void replace(ProfileSource source, String note, List<ProfileFactor> factors, String username, Instant now) {
		if (isVerified()) {
			throw new RuleViolationException("riskprofile.profile.alreadyVerified");
		}
		this.source = source;
		this.sourceNote = note;
		this.createdBy = username;
		this.createdAt = now;
		this.factors.clear();
		this.factors.addAll(factors);
		clearConfirmations();
	}

	void confirmBySchool(String username, Instant now) {
		if (this.schoolConfirmedAt != null) {
			throw new RuleViolationException("riskprofile.profile.alreadyConfirmed");
		}
		this.schoolConfirmedBy = username;
		this.schoolConfirmedAt = now;
	}

	void confirmByCurator(String username, Instant now) {
		if (this.curatorConfirmedAt != null) {
			throw new RuleViolationException("riskprofile.profile.alreadyConfirmed");
		}
		this.curatorConfirmedBy = username;
		this.curatorConfirmedAt = now;
	}

	/**
	 * The curator's change of one significance. Returns the significance before.
	 */
	Significance change(Long riskFactorId, Significance next, String reason, String username, Instant now) {
		if (isVerified()) {
			throw new RuleViolationException("riskprofile.profile.alreadyVerified");
		}
		if (reason == null || reason.strip().length() < MIN_REASON) {
			throw new RuleViolationException("riskprofile.profile.reasonRequired");
		}
		int index = indexOf(riskFactorId);
		if (index < 0) {
			throw new RuleViolationException("riskprofile.factors.unknown");
		}
		ProfileFactor current = this.factors.get(index);
		if (current.getSignificance() == next) {
			throw new RuleViolationException("riskprofile.profile.sameSignificance");
		}
		this.factors.set(index, current.changed(next, reason.strip(), username, now));
		clearConfirmations();
		return current.getSignificance();
	}

	Optional<ProfileFactor> factor(Long riskFactorId) {
		int index = indexOf(riskFactorId);
		return (index >= 0) ? Optional.of(this.factors.get(index)) : Optional.empty();
	}

	private int indexOf(Long riskFactorId) {
		for (int i = 0; i < this.factors.size(); i++) {
			if (this.factors.get(i).getRiskFactorId().equals(riskFactorId)) {
				return i;
			}
		}
		return -1;
	}

	private void clearConfirmations() {
		this.schoolConfirmedBy = null;
		this.schoolConfirmedAt = null;
		this.curatorConfirmedBy = null;
		this.curatorConfirmedAt = null;
	}

}
