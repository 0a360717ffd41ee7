package ru.opora.roadmap;

import java.time.LocalDateTime;

/**
 * Evidence of a measure: a link or a stored file.
 */
public record EvidenceView(Long id, String label, String url, Long fileId, String addedBy, LocalDateTime addedAt) {

	public boolean file() {
		return this.fileId != null;
	}

}
