package ru.opora.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

import ru.opora.programmes.ProgrammeYearSummary;

/**
 * A road map (aggregate root): the municipal one of a programme year or a participant
 * school's. It makes its sections and rows (so they always belong to it) and decides
 * where a moved row goes; sections and rows are loaded through their own repositories (a
 * cell edit never loads the whole road map). No version column: the rows and sections
 * carry the versions, the road map itself only its last activity.
 */
@Entity
@Table(name = "road_map")
@Getter
class RoadMap {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RoadMapKind kind;

	@Column(name = "programme_year_id", nullable = false)
	private Long programmeYearId;

	@Column(name = "municipality_id", nullable = false)
	private Long municipalityId;

	@Column(name = "school_id")
	private Long schoolId;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	protected RoadMap() {
	}

	private RoadMap(RoadMapKind kind, ProgrammeYearSummary year, Long schoolId, String username, Instant now) {
		this.kind = kind;
		this.programmeYearId = year.id();
		this.municipalityId = year.municipalityId();
		this.schoolId = schoolId;
		this.createdBy = username;
		this.createdAt = now;
		this.lastActivityAt = now;
	}

	static RoadMap municipal(ProgrammeYearSummary year, String username, Instant now) {
		return new RoadMap(RoadMapKind.MUNICIPAL, year, null, username, now);
	}

	static RoadMap ofSchool(ProgrammeYearSummary year, Long schoolId, String username, Instant now) {
		return new RoadMap(RoadMapKind.SCHOOL, year, schoolId, username, now);
	}

	boolean isSchool() {
		return this.kind == RoadMapKind.SCHOOL;
	}

	/**
	 * A new section of this (saved) road map.
	 */
	RoadMapSection newSection(int position, String title, Long riskFactorId) {
		return new RoadMapSection(this.id, position, title, riskFactorId);
	}

	/**
	 * A new empty row in one of this road map's sections.
	 */
	RoadMapItem newRow(RoadMapSection section, int position, String username, Instant now) {
		own(section);
		return new RoadMapItem(this.id, section.getId(), position, username, now);
	}

	/**
	 * Drag and drop: puts a row into a section before another of that section's live rows
	 * ({@code beforeItemId} null: at its end) and numbers the section's rows from 1.
	 * @param sectionRows the section's live rows in their order
	 */
	void placeRow(RoadMapItem row, RoadMapSection section, List<RoadMapItem> sectionRows, Long beforeItemId) {
		own(section);
		own(row);
		List<RoadMapItem> order = new ArrayList<>(
				sectionRows.stream().filter((r) -> !r.getId().equals(row.getId())).toList());
		int index = -1;
		if (beforeItemId != null) {
			index = order.stream().map(RoadMapItem::getId).toList().indexOf(beforeItemId);
			if (index < 0) {
				throw new RoadMapNotFoundException(this.id + "/" + beforeItemId);
			}
		}
		order.add((index < 0) ? order.size() : index, row);
		for (int p = 0; p < order.size(); p++) {
			order.get(p).placeAt(section.getId(), p + 1);
		}
	}

	private void own(RoadMapSection section) {
		if (!section.getRoadMapId().equals(this.id)) {
			throw new RoadMapNotFoundException(this.id + "/s" + section.getId());
		}
	}

	private void own(RoadMapItem row) {
		if (!row.getRoadMapId().equals(this.id)) {
			throw new RoadMapNotFoundException(this.id + "/" + row.getId());
		}
	}

}
