package ru.opora.mentoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A curator works with a school from {@code startsOn} until {@code endsOn} (open-ended
 * while null).
 */
@Entity
@Table(name = "curator_assignment")
@Getter
class CuratorAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "curator_id", nullable = false)
	private Long curatorId;

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected CuratorAssignment() {
	}

	CuratorAssignment(Long curatorId, Long schoolId, LocalDate startsOn, String createdBy, Instant now) {
		this.curatorId = curatorId;
		this.schoolId = schoolId;
		this.startsOn = startsOn;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	boolean isActiveOn(LocalDate day) {
		return !this.startsOn.isAfter(day) && (this.endsOn == null || !this.endsOn.isBefore(day));
	}

	boolean isOpen() {
		return this.endsOn == null;
	}

	/**
	 * Ends the assignment on the given day; refused before it started or once ended.
	 */
	void end(LocalDate day) {
		if (!isOpen()) {
			throw new IllegalAssignmentChangeException("mentoring.assignments.alreadyEnded");
		}
		if (day.isBefore(this.startsOn)) {
			throw new IllegalAssignmentChangeException("mentoring.assignments.endBeforeStart");
		}
		this.endsOn = day;
	}

}
