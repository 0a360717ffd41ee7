package ru.opora.teachers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
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

/**
 * A municipal methodological association (ММО) by subject or theme: a leader (a teacher),
 * members (teachers of any school of the municipality; a teacher may be in several) and
 * its meetings ({@link Meeting}). Kept by the coordinator of the municipality.
 */
@Entity
@Table(name = "teacher_association")
@Getter
class Association {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_id", nullable = false)
	private Long municipalityId;

	@Column(nullable = false)
	private String name;

	private String theme;

	@Column(name = "leader_teacher_id")
	private Long leaderTeacherId;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "teacher_association_member", joinColumns = @JoinColumn(name = "association_id"))
	private Set<AssociationMember> members = new LinkedHashSet<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Association() {
	}

	Association(Long municipalityId, String name, String theme, String createdBy, Instant now) {
		this.municipalityId = municipalityId;
		this.name = name;
		this.theme = theme;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void rename(String name, String theme) {
		this.name = name;
		this.theme = theme;
	}

	/**
	 * Makes a member the leader (the leader is always a member); {@code null}: no leader.
	 */
	void lead(Long teacherId, LocalDate today) {
		if (teacherId != null) {
			join(teacherId, today);
		}
		this.leaderTeacherId = teacherId;
	}

	/**
	 * Adds a member; answers false if the teacher already is one.
	 */
	boolean join(Long teacherId, LocalDate on) {
		if (member(teacherId).isPresent()) {
			return false;
		}
		this.members.add(new AssociationMember(teacherId, on));
		return true;
	}

	/**
	 * Removes a member (and the leadership, if they led); answers false if they were not
	 * one.
	 */
	boolean leave(Long teacherId) {
		boolean removed = this.members.removeIf((m) -> m.getTeacherId().equals(teacherId));
		if (removed && teacherId.equals(this.leaderTeacherId)) {
			this.leaderTeacherId = null;
		}
		return removed;
	}

	Optional<AssociationMember> member(Long teacherId) {
		return this.members.stream().filter((m) -> m.getTeacherId().equals(teacherId)).findFirst();
	}

	boolean isMember(Long teacherId) {
		return member(teacherId).isPresent();
	}

}
