package ru.opora.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import ru.opora.common.RuleViolationException;

/**
 * A joint activity of a pair: planned with a date, the people responsible and the
 * expected result; once held, recorded with the participants by group, a short report,
 * evidence files and the curator's note. Status changes only through {@link #record},
 * {@link #cancel} and {@link #reopen}.
 */
@Entity
@Table(name = "network_activity")
@Getter
class NetworkActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pair_id", nullable = false)
	private Long pairId;

	@Column(name = "kind_id", nullable = false)
	private Long kindId;

	@Column(nullable = false)
	private String topic;

	@Column(name = "planned_on", nullable = false)
	private LocalDate plannedOn;

	private String responsible;

	@Column(name = "expected_result")
	private String expectedResult;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status;

	@Column(name = "held_on")
	private LocalDate heldOn;

	private String place;

	private boolean online;

	@Embedded
	private Participants participants;

	private String report;

	@Column(name = "curator_note")
	private String curatorNote;

	@Column(name = "curator_note_by")
	private String curatorNoteBy;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "network_activity_file", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderBy("addedAt")
	private List<ActivityFile> files = new ArrayList<>();

	protected NetworkActivity() {
	}

	NetworkActivity(Long pairId, Long kindId, String topic, LocalDate plannedOn, String responsible,
			String expectedResult, String place, boolean online, String createdBy, Instant now) {
		this.pairId = pairId;
		this.status = ActivityStatus.PLANNED;
		this.participants = Participants.none();
		this.createdBy = createdBy;
		this.createdAt = now;
		replan(kindId, topic, plannedOn, responsible, expectedResult, place, online);
	}

	void replan(Long kindId, String topic, LocalDate plannedOn, String responsible, String expectedResult, String place,
			boolean online) {
		this.kindId = kindId;
		this.topic = topic;
		this.plannedOn = plannedOn;
		this.responsible = responsible;
		this.expectedResult = expectedResult;
		this.place = place;
		this.online = online;
	}

	/**
	 * Records the activity as held (or corrects the record of a held one).
	 */
	void record(LocalDate heldOn, LocalDate today, Participants participants, String report, String user, Instant now) {
		if (this.status == ActivityStatus.CANCELLED) {
			throw new RuleViolationException("network.activity.cancelled");
		}
		if (heldOn.isAfter(today)) {
			throw new RuleViolationException("network.activity.heldInFuture");
		}
		if (participants.total() == 0) {
			throw new RuleViolationException("network.activity.noParticipants");
		}
		this.status = ActivityStatus.HELD;
		this.heldOn = heldOn;
		this.participants = participants;
		this.report = report;
		this.recordedBy = user;
		this.recordedAt = now;
	}

	void cancel() {
		if (this.status != ActivityStatus.PLANNED) {
			throw new RuleViolationException("network.activity.notPlanned");
		}
		this.status = ActivityStatus.CANCELLED;
	}

	void reopen() {
		if (this.status != ActivityStatus.CANCELLED) {
			throw new RuleViolationException("network.activity.notCancelled");
		}
		this.status = ActivityStatus.PLANNED;
	}

	void note(String note, String user) {
		this.curatorNote = note;
		this.curatorNoteBy = (note != null) ? user : null;
	}

	void addFile(Long fileId, String user, Instant now) {
		if (this.status == ActivityStatus.CANCELLED) {
			throw new RuleViolationException("network.activity.cancelled");
		}
		this.files.add(new ActivityFile(fileId, user, now));
	}

	boolean hasFile(Long fileId) {
		return this.files.stream().anyMatch((f) -> f.getFileId().equals(fileId));
	}

}
