package ru.opora.teachers;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.Getter;

/**
 * A teacher's membership of an association, since a day.
 */
@Embeddable
@Getter
class AssociationMember {

	@Column(name = "teacher_id", nullable = false)
	private Long teacherId;

	@Column(name = "joined_on", nullable = false)
	private LocalDate joinedOn;

	protected AssociationMember() {
	}

	AssociationMember(Long teacherId, LocalDate joinedOn) {
		this.teacherId = teacherId;
		this.joinedOn = joinedOn;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof AssociationMember m) && Objects.equals(this.teacherId, m.teacherId);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.teacherId);
	}

}
