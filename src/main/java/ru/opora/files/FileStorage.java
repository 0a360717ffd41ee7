package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where file contents live, addressed by opaque keys the portal makes up (never a user's
 * file name). Kept narrow so that an S3-compatible implementation can replace the disk.
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

}
