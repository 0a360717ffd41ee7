package ru.opora.files;

import java.io.IOException;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The file store in the health and readiness probes ({@code fileStorage}): up when the
 * local directory is writable or the bucket answers.
 */
@Component("fileStorage")
@RequiredArgsConstructor
class FileStorageHealthIndicator implements HealthIndicator {

	private final FileStorage storage;

	@Override
	public Health health() {
		try {
			this.storage.check();
			return Health.up().withDetail("store", this.storage.kind()).build();
		}
		catch (IOException | RuntimeException ex) {
			return Health.down().withDetail("store", this.storage.kind()).withException(ex).build();
		}
	}

}
