package ru.opora.schools;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A general-education school (ОО) of a municipality.
 */
@Entity
@Table(name = "school")
@Getter
class School {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "municipality_id")
	private Municipality municipality;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SchoolType type;

	private String address;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Settlement settlement;

	@Column(name = "distance_km")
	private Integer distanceKm;

	private Integer students;

	/** Optional coordinates (degrees), for distances between schools. */
	private java.math.BigDecimal latitude;

	private java.math.BigDecimal longitude;

	private Integer teachers;

	@Column(name = "small_school")
	private boolean smallSchool;

	@Column(name = "principal_name")
	private String principalName;

	private String phone;

	private String email;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected School() {
	}

	School(Municipality municipality, SchoolCommand command, Instant now) {
		this.municipality = municipality;
		this.createdAt = now;
		apply(command, now);
	}

	void apply(SchoolCommand command, Instant now) {
		this.name = command.name().trim();
		this.shortName = command.shortName().trim();
		this.type = command.type();
		this.address = blankToNull(command.address());
		this.settlement = command.settlement();
		this.distanceKm = command.distanceKm();
		this.students = command.students();
		this.teachers = command.teachers();
		this.smallSchool = command.smallSchool();
		this.principalName = blankToNull(command.principalName());
		this.phone = blankToNull(command.phone());
		this.email = blankToNull(command.email());
		this.updatedAt = now;
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("shortName", this.shortName);
		state.put("type", this.type);
		state.put("address", this.address);
		state.put("settlement", this.settlement);
		state.put("distanceKm", this.distanceKm);
		state.put("students", this.students);
		state.put("teachers", this.teachers);
		state.put("smallSchool", this.smallSchool);
		state.put("principalName", this.principalName);
		state.put("phone", this.phone);
		state.put("email", this.email);
		return state;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
