package ru.opora.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ru.opora.common.RuleViolationException;

/**
 * Numbers of participants by group; never negative.
 */
@Embeddable
public record Participants(@Column(name = "leaders") int leaders, @Column(name = "teachers") int teachers,
		@Column(name = "students") int students, @Column(name = "parents") int parents) {

	static final int MAX = 10_000;

	public Participants {
		for (int n : new int[] { leaders, teachers, students, parents }) {
			if (n < 0 || n > MAX) {
				throw new RuleViolationException("network.participants.range");
			}
		}
	}

	public static Participants none() {
		return new Participants(0, 0, 0, 0);
	}

	public int total() {
		return this.leaders + this.teachers + this.students + this.parents;
	}

	public int of(ParticipantGroup group) {
		return switch (group) {
			case LEADERS -> this.leaders;
			case TEACHERS -> this.teachers;
			case STUDENTS -> this.students;
			case PARENTS -> this.parents;
		};
	}

	public Participants plus(Participants other) {
		return new Participants(this.leaders + other.leaders, this.teachers + other.teachers,
				this.students + other.students, this.parents + other.parents);
	}

}
