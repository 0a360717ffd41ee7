package ru.opora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import ru.opora.common.RuleViolationException;

/**
 * A row of a road map (a municipal action or a school measure). Edited one cell at a
 * time; the version refuses a save based on a stale row. Its place (section and position)
 * is not versioned, so moving rows never conflicts with cell edits; an update writes only
 * the changed columns, so a cell save never writes back a stale place.
 */
@Entity
@Table(name = "road_map_item")
@DynamicUpdate
@Getter
class RoadMapItem {

	/** A due date as the road map shows it (created once: a page shows one per row). */
	private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "road_map_id", nullable = false)
	private Long roadMapId;

	@Column(name = "section_id", nullable = false)
	@OptimisticLock(excluded = true)
	private Long sectionId;

	@OptimisticLock(excluded = true)
	private int position;

	private String task;

	private String action;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "due_text")
	private String dueText;

	private String responsible;

	private String participants;

	private String indicator;

	@Column(name = "expected_result")
	private String expectedResult;

	@Enumerated(EnumType.STRING)
	private MeasureStatus status = MeasureStatus.NOT_STARTED;

	@Column(name = "postpone_reason")
	private String postponeReason;

	@Column(name = "done_mark")
	private String doneMark;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "deleted_by")
	private String deletedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected RoadMapItem() {
	}

	RoadMapItem(Long roadMapId, Long sectionId, int position, String username, Instant now) {
		this.roadMapId = roadMapId;
		this.sectionId = sectionId;
		this.position = position;
		this.updatedBy = username;
		this.updatedAt = now;
	}

	/**
	 * The cell's value as text (what the editor shows and the history records).
	 */
	String get(ItemField field) {
		return switch (field) {
			case TASK -> this.task;
			case ACTION -> this.action;
			case DUE -> dueAsText(this.dueDate, this.dueText);
			case RESPONSIBLE -> this.responsible;
			case PARTICIPANTS -> this.participants;
			case INDICATOR -> this.indicator;
			case EXPECTED_RESULT -> this.expectedResult;
			case STATUS -> this.status.name();
			case DONE_MARK -> this.doneMark;
		};
	}

	/**
	 * Sets one cell. A status of «перенесено» needs a reason; any other status clears it.
	 */
	void set(ItemField field, String value, String reason, String username, Instant now) {
		String v = (value != null && !value.isBlank()) ? value.strip() : null;
		if (v != null && v.length() > field.maxLength()) {
			throw new RuleViolationException("roadmap.cell.tooLong");
		}
		switch (field) {
			case TASK -> this.task = v;
			case ACTION -> this.action = v;
			case DUE -> {
				if (ProgressRules.impossibleDate(v)) {
					throw new RuleViolationException("roadmap.cell.badDate");
				}
				this.dueDate = ProgressRules.parseDue(v);
				this.dueText = (this.dueDate != null) ? null : v;
			}
			case RESPONSIBLE -> this.responsible = v;
			case PARTICIPANTS -> this.participants = v;
			case INDICATOR -> this.indicator = v;
			case EXPECTED_RESULT -> this.expectedResult = v;
			case STATUS -> setStatus(v, reason);
			case DONE_MARK -> this.doneMark = v;
		}
		this.updatedBy = username;
		this.updatedAt = now;
	}

	private void setStatus(String value, String reason) {
		MeasureStatus next;
		try {
			next = MeasureStatus.valueOf((value != null) ? value : "");
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("roadmap.cell.badStatus");
		}
		String r = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (next == MeasureStatus.POSTPONED && r == null) {
			throw new RuleViolationException("roadmap.cell.reasonRequired");
		}
		if (r != null && r.length() > 2000) {
			throw new RuleViolationException("roadmap.cell.tooLong");
		}
		this.status = next;
		this.postponeReason = (next == MeasureStatus.POSTPONED) ? r : null;
	}

	void markDeleted(String username, Instant now) {
		this.deletedAt = now;
		this.deletedBy = username;
	}

	/**
	 * Brings a deleted row back (the caller puts it at its old place).
	 */
	void restore() {
		this.deletedAt = null;
		this.deletedBy = null;
	}

	/**
	 * Puts the row at a place (a section of the same road map, a position in it).
	 */
	void placeAt(Long sectionId, int position) {
		this.sectionId = sectionId;
		this.position = position;
	}

	/**
	 * Swaps places with a neighbour (one step up or down).
	 */
	void swapPlaceWith(RoadMapItem other) {
		Long mySection = this.sectionId;
		int myPosition = this.position;
		placeAt(other.sectionId, other.position);
		other.placeAt(mySection, myPosition);
	}

	static String dueAsText(LocalDate date, String text) {
		return (date != null) ? date.format(DUE_DATE) : text;
	}

}
