package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import ru.opora.common.RuleViolationException;

/**
 * A teacher on a course of the catalogue: the status, the date completed, the certificate
 * and the scores of the course's entry and final tests (indicator 10: competence grew
 * when final &gt; entry). One per teacher and course.
 */
@Entity
@Table(name = "course_enrolment")
@Getter
class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private Long courseId;

	@Column(name = "teacher_id", nullable = false)
	private Long teacherId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EnrolmentStatus status;

	@Column(name = "entry_score")
	private BigDecimal entryScore;

	@Column(name = "final_score")
	private BigDecimal finalScore;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Column(name = "certificate_file_id")
	private Long certificateFileId;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Enrolment() {
	}

	Enrolment(Long courseId, Long teacherId, String createdBy, Instant now) {
		this.courseId = courseId;
		this.teacherId = teacherId;
		this.status = EnrolmentStatus.PLANNED;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Changes the status along {@link EnrolmentStatus#next()}; completing sets the date
	 * (today unless given), leaving «завершён» clears it.
	 * @throws RuleViolationException with a message that says why, when the change is not
	 * allowed
	 */
	void changeStatus(EnrolmentStatus target, LocalDate today, Instant now) {
		if (!this.status.next().contains(target)) {
			throw new RuleViolationException(refusal(this.status, target));
		}
		this.status = target;
		this.completedOn = (target == EnrolmentStatus.COMPLETED) ? today : null;
		this.updatedAt = now;
	}

	/**
	 * Records the test scores (0–100, either may be empty) and, for a completed course,
	 * the date it was completed. A final score needs a finished course.
	 */
	static String refusal(EnrolmentStatus from, EnrolmentStatus to) {
		if (from == to) {
			return "teachers.enrolment.refused.same";
		}
		if (to == EnrolmentStatus.PLANNED) {
			return "teachers.enrolment.refused.backToPlanned";
		}
		if (from == EnrolmentStatus.PLANNED) {
			return "teachers.enrolment.refused.notStarted";
		}
		return "teachers.enrolment.refused.reopenFirst";
	}

	void record(BigDecimal entry, BigDecimal last, LocalDate completedOn, Instant now) {
		if (last != null && !this.status.isFinished()) {
			throw new RuleViolationException("teachers.enrolment.finalNeedsFinished");
		}
		if (this.status == EnrolmentStatus.COMPLETED) {
			if (completedOn == null) {
				throw new RuleViolationException("teachers.enrolment.completedOnRequired");
			}
			this.completedOn = completedOn;
		}
		this.entryScore = entry;
		this.finalScore = last;
		this.updatedAt = now;
	}

	void attachCertificate(Long fileId, Instant now) {
		if (this.status != EnrolmentStatus.COMPLETED) {
			throw new RuleViolationException("teachers.enrolment.certificateNeedsCompleted");
		}
		this.certificateFileId = fileId;
		this.updatedAt = now;
	}

	/**
	 * Indicator 10: did the competence grow (final score above the entry score)? Null
	 * when a score is missing.
	 */
	Boolean grew() {
		return grew(this.entryScore, this.finalScore);
	}

	static Boolean grew(BigDecimal entry, BigDecimal last) {
		return (entry != null && last != null) ? last.compareTo(entry) > 0 : null;
	}

}
