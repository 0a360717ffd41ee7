package ru.opora.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
 * A programme year of one municipality with its participant schools.
 */
@Entity
@Table(name = "programme_year")
@Getter
class ProgrammeYear {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_id", nullable = false)
	private Long municipalityId;

	private int year;

	@Column(nullable = false)
	private String title;

	@Column(name = "documents_due", nullable = false)
	private LocalDate documentsDue;

	private boolean closed;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programme_participant", joinColumns = @JoinColumn(name = "programme_year_id"))
	@Column(name = "school_id")
	private Set<Long> participantIds = new HashSet<>();

	protected ProgrammeYear() {
	}

	ProgrammeYear(Long municipalityId, int year, String title, LocalDate documentsDue, String createdBy, Instant now) {
		this.municipalityId = municipalityId;
		this.year = year;
		this.title = title.trim();
		this.documentsDue = documentsDue;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * Closes the year: from now on it is read-only.
	 * @throws RuleViolationException if it is closed already
	 */
	void close() {
		if (this.closed) {
			throw new RuleViolationException("programmes.close.alreadyClosed");
		}
		this.closed = true;
	}

	/**
	 * Opens a closed year again.
	 * @throws RuleViolationException if it is open
	 */
	void reopen() {
		if (!this.closed) {
			throw new RuleViolationException("programmes.close.notClosed");
		}
		this.closed = false;
	}

	void changeDeadline(LocalDate documentsDue) {
		this.documentsDue = documentsDue;
	}

	void replaceParticipants(Set<Long> schoolIds) {
		this.participantIds.clear();
		this.participantIds.addAll(schoolIds);
	}

}
