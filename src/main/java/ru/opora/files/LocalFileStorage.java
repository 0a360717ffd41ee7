package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files on the local disk under {@code opora.files.dir} ({@code ./data/files}), two
 * levels of directories by key prefix.
 */
class LocalFileStorage implements FileStorage {

	private static final Pattern KEY = Pattern.compile("[a-f0-9-]{36}");

	private final Path root;

	LocalFileStorage(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		Files.createDirectories(this.root);
	}

	@Override
	public void put(String key, Path content) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(key + ".part");
		Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public InputStream get(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	@Override
	public List<String> keysStoredBefore(Instant instant) throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile).filter((f) -> {
				try {
					return Files.getLastModifiedTime(f).toInstant().isBefore(instant);
				}
				catch (IOException ex) {
					return false;
				}
			})
				.map((f) -> f.getFileName().toString().replace(".part", ""))
				.filter((k) -> KEY.matcher(k).matches())
				.toList();
		}
	}

	@Override
	public void check() throws IOException {
		if (!Files.isDirectory(this.root) || !Files.isWritable(this.root)) {
			throw new IOException("The files directory " + this.root + " is missing or not writable");
		}
	}

	@Override
	public String kind() {
		return "local";
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

}
