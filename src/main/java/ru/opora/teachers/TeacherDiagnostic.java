package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A teacher's diagnostic of professional deficits in an academic year: scores (0–100 %)
 * by competence area and/or an external diagnostic's percentage and level.
 */
@Entity
@Table(name = "teacher_diagnostic")
@Getter
class TeacherDiagnostic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "teacher_id", nullable = false)
	private Long teacherId;

	@Column(name = "academic_year", nullable = false)
	private int academicYear;

	@Column(name = "external_percent")
	private BigDecimal externalPercent;

	@Enumerated(EnumType.STRING)
	@Column(name = "external_level")
	private ExternalLevel externalLevel;

	private String note;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "teacher_diagnostic_score", joinColumns = @JoinColumn(name = "diagnostic_id"))
	@MapKeyColumn(name = "area_id")
	@Column(name = "score")
	private Map<Long, BigDecimal> scores = new LinkedHashMap<>();

	@Column(name = "entered_by")
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Version
	private long version;

	protected TeacherDiagnostic() {
	}

	TeacherDiagnostic(Long teacherId, int academicYear) {
		this.teacherId = teacherId;
		this.academicYear = academicYear;
	}

	void record(Map<Long, BigDecimal> scores, BigDecimal externalPercent, ExternalLevel externalLevel, String note,
			String by, Instant now) {
		this.scores.clear();
		this.scores.putAll(scores);
		this.externalPercent = externalPercent;
		this.externalLevel = externalLevel;
		this.note = note;
		this.enteredBy = by;
		this.enteredAt = now;
	}

}
