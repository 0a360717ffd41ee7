package ru.opora.publicsite;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A municipality's public page: its address (slug), whether it is open, and which
 * sections it shows.
 */
@Entity
@Table(name = "public_page")
@Getter
class PublicPage {

	@Id
	@Column(name = "municipality_id")
	private Long municipalityId;

	private String slug;

	private boolean enabled;

	@Column(name = "show_programmes")
	private boolean showProgrammes = true;

	@Column(name = "show_schools")
	private boolean showSchools = true;

	@Column(name = "show_documents")
	private boolean showDocuments = true;

	@Column(name = "show_road_map")
	private boolean showRoadMap = true;

	@Column(name = "show_events")
	private boolean showEvents = true;

	@Column(name = "show_indicators")
	private boolean showIndicators = true;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected PublicPage() {
	}

	PublicPage(Long municipalityId, String slug, Instant now) {
		this.municipalityId = municipalityId;
		this.slug = slug;
		this.updatedAt = now;
	}

	void change(PublicSettingsCommand command, String by, Instant now) {
		this.slug = command.slug();
		this.enabled = command.enabled();
		this.showProgrammes = command.programmes();
		this.showSchools = command.schools();
		this.showDocuments = command.documents();
		this.showRoadMap = command.roadMap();
		this.showEvents = command.events();
		this.showIndicators = command.indicators();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	Sections sections() {
		return new Sections(this.showProgrammes, this.showSchools, this.showDocuments, this.showRoadMap,
				this.showEvents, this.showIndicators);
	}

	/**
	 * The audited fields.
	 */
	Map<String, Object> audited() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("slug", this.slug);
		map.put("enabled", this.enabled);
		map.put("programmes", this.showProgrammes);
		map.put("schools", this.showSchools);
		map.put("documents", this.showDocuments);
		map.put("roadMap", this.showRoadMap);
		map.put("events", this.showEvents);
		map.put("indicators", this.showIndicators);
		return map;
	}

}
