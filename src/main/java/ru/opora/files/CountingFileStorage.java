package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the failures of the file store it wraps: {@code opora.files.storage.errors},
 * tagged with the store ({@code local}, {@code s3}) and the operation.
 */
class CountingFileStorage implements FileStorage {

	static final String ERRORS = "opora.files.storage.errors";

	private final FileStorage storage;

	private final MeterRegistry registry;

	CountingFileStorage(FileStorage storage, MeterRegistry registry) {
		this.storage = storage;
		this.registry = registry;
	}

	@Override
	public void put(String key, Path content) throws IOException {
		counted("put", () -> {
			this.storage.put(key, content);
			return null;
		});
	}

	@Override
	public InputStream get(String key) throws IOException {
		return counted("get", () -> this.storage.get(key));
	}

	@Override
	public void delete(String key) throws IOException {
		counted("delete", () -> {
			this.storage.delete(key);
			return null;
		});
	}

	@Override
	public List<String> keysStoredBefore(Instant instant) throws IOException {
		return counted("list", () -> this.storage.keysStoredBefore(instant));
	}

	@Override
	public void check() throws IOException {
		counted("check", () -> {
			this.storage.check();
			return null;
		});
	}

	@Override
	public String kind() {
		return this.storage.kind();
	}

	private <T> T counted(String operation, StorageCall<T> call) throws IOException {
		try {
			return call.call();
		}
		catch (IOException | RuntimeException ex) {
			Counter.builder(ERRORS)
				.description("Failed operations of the file store")
				.tag("store", kind())
				.tag("operation", operation)
				.register(this.registry)
				.increment();
			throw ex;
		}
	}

	private interface StorageCall<T> {

		T call() throws IOException;

	}

}
