package ru.opora.teachers;

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

/**
 * A course of professional development in a municipality's catalogue, kept by its
 * coordinator and the administrator. No personal data.
 */
@Entity
@Table(name = "course")
@Getter
class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_id", nullable = false)
	private Long municipalityId;

	@Column(nullable = false)
	private String title;

	private String provider;

	private Integer hours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CourseFormat format;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String description;

	private boolean active;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Course() {
	}

	Course(Long municipalityId, CourseCommand command, String createdBy, Instant now) {
		this.municipalityId = municipalityId;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(command);
	}

	void apply(CourseCommand command) {
		this.title = command.title();
		this.provider = command.provider();
		this.hours = command.hours();
		this.format = command.format();
		this.startsOn = command.startsOn();
		this.endsOn = command.endsOn();
		this.description = command.description();
		this.active = command.active();
	}

}
