package ru.opora.teachers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
 * A meeting of an association: the day, the topic, a note, which members came, and the
 * materials (stored files).
 */
@Entity
@Table(name = "teacher_association_meeting")
@Getter
class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "association_id", nullable = false)
	private Long associationId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private String topic;

	private String note;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "teacher_association_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "teacher_id")
	private Set<Long> attendees = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "teacher_association_meeting_file", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "file_id")
	private Set<Long> fileIds = new LinkedHashSet<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(Long associationId, LocalDate heldOn, String topic, String note, String createdBy, Instant now) {
		this.associationId = associationId;
		this.heldOn = heldOn;
		this.topic = topic;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void change(LocalDate heldOn, String topic, String note) {
		this.heldOn = heldOn;
		this.topic = topic;
		this.note = note;
	}

	/**
	 * Sets who came (only members count: the caller passes members).
	 */
	void attended(Set<Long> teacherIds) {
		this.attendees.clear();
		this.attendees.addAll(teacherIds);
	}

	void addFile(Long fileId) {
		this.fileIds.add(fileId);
	}

	boolean removeFile(Long fileId) {
		return this.fileIds.remove(fileId);
	}

	boolean hasFile(Long fileId) {
		return this.fileIds.contains(fileId);
	}

}
