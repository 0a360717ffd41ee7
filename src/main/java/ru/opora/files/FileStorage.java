package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where file contents live, addressed by opaque keys the portal makes up (never a user's
 * file name). Kept narrow: the local disk ({@link LocalFileStorage}, the embedded
 * default) or an S3-compatible object store ({@link S3FileStorage}), chosen by
 * {@code opora.files.storage}.
 */
public interface FileStorage {

	/**
	 * Stores the content of a local file under the key (moved or copied).
	 */
	void put(String key, Path content) throws IOException;

	InputStream get(String key) throws IOException;

	void delete(String key) throws IOException;

	/**
	 * Keys stored before the given instant (for the orphan sweep).
	 */
	List<String> keysStoredBefore(Instant instant) throws IOException;

	/**
	 * Whether the store can be used now (for the readiness probe).
	 * @throws IOException if it cannot
	 */
	void check() throws IOException;

	/**
	 * The kind of store ({@code local}, {@code s3}), for metrics and health details.
	 */
	String kind();

}
