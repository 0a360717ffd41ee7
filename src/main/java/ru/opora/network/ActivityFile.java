package ru.opora.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.Getter;

/**
 * An evidence file of a joint activity (kept by the files module).
 */
@Embeddable
@Getter
class ActivityFile {

	@Column(name = "file_id", nullable = false)
	private Long fileId;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected ActivityFile() {
	}

	ActivityFile(Long fileId, String addedBy, Instant addedAt) {
		this.fileId = fileId;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

}
