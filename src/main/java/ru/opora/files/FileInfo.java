package ru.opora.files;

import java.time.Instant;

/**
 * A stored file as other modules see it.
 */
public record FileInfo(Long id, String originalName, String contentType, long sizeBytes, String sha256,
		Instant createdAt) {

}
