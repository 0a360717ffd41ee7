package ru.opora.teachers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A period when a teacher worked at a school: a teacher belongs to one school at a time,
 * a move closes the open period and opens a new one.
 */
@Entity
@Table(name = "teacher_school_period")
@Getter
class TeacherSchoolPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "teacher_id", nullable = false)
	private Long teacherId;

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date")
	private LocalDate toDate;

	protected TeacherSchoolPeriod() {
	}

	TeacherSchoolPeriod(Long teacherId, Long schoolId, LocalDate fromDate) {
		this.teacherId = teacherId;
		this.schoolId = schoolId;
		this.fromDate = fromDate;
	}

	void close(LocalDate on) {
		this.toDate = on.isBefore(this.fromDate) ? this.fromDate : on;
	}

}
