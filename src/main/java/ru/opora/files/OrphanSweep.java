package ru.opora.files;

import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At every start, deletes stored content left without a record by an interrupted upload.
 * Only content older than ten minutes, so that uploads in flight on other nodes are safe.
 */
@Component
@RequiredArgsConstructor
class OrphanSweep implements ApplicationRunner {

	static final Duration MIN_AGE = Duration.ofMinutes(10);

	private final FileService files;

	@Override
	public void run(ApplicationArguments args) {
		this.files.sweepOrphans(MIN_AGE);
	}

}
