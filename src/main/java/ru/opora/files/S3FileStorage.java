package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, Yandex Object
 * Storage), one object per key in one bucket, optionally under a key prefix. A put is
 * atomic in S3: an object is visible whole or not at all, so a crash leaves no partial
 * content; what a crash leaves without a row is swept like the local store's files
 * (object times are the store's). Every failure of the store reaches the caller as an
 * {@link IOException}.
 */
class S3FileStorage implements FileStorage {

	private static final Pattern KEY = Pattern.compile("[a-f0-9-]{36}");

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	S3FileStorage(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = (prefix == null) ? "" : prefix;
	}

	/**
	 * Creates the bucket when it does not exist (for a fresh MinIO in docker compose or a
	 * test store); several nodes may do so at the same moment.
	 */
	void createBucketIfMissing() throws IOException {
		try {
			this.s3.headBucket((b) -> b.bucket(this.bucket));
			return;
		}
		catch (NoSuchBucketException ex) {
			// created below
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw failure("headBucket", ex);
			}
		}
		catch (SdkException ex) {
			throw failure("headBucket", ex);
		}
		try {
			this.s3.createBucket((b) -> b.bucket(this.bucket));
		}
		catch (BucketAlreadyOwnedByYouException ex) {
			// another node starting at the same moment created it
		}
		catch (SdkException ex) {
			throw failure("createBucket", ex);
		}
	}

	@Override
	public void put(String key, Path content) throws IOException {
		String objectKey = objectKey(key);
		call("put",
				() -> this.s3.putObject((b) -> b.bucket(this.bucket).key(objectKey), RequestBody.fromFile(content)));
	}

	@Override
	public InputStream get(String key) throws IOException {
		String objectKey = objectKey(key);
		try {
			return this.s3.getObject((b) -> b.bucket(this.bucket).key(objectKey));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(objectKey);
		}
		catch (SdkException ex) {
			throw failure("get", ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		String objectKey = objectKey(key);
		call("delete", () -> this.s3.deleteObject((b) -> b.bucket(this.bucket).key(objectKey)));
	}

	@Override
	public List<String> keysStoredBefore(Instant instant) throws IOException {
		List<String> keys = new ArrayList<>();
		call("list", () -> {
			for (S3Object object : this.s3.listObjectsV2Paginator((b) -> b.bucket(this.bucket).prefix(this.prefix))
				.contents()) {
				String key = object.key().substring(this.prefix.length());
				if (KEY.matcher(key).matches() && object.lastModified().isBefore(instant)) {
					keys.add(key);
				}
			}
			return null;
		});
		return keys;
	}

	@Override
	public void check() throws IOException {
		call("check", () -> this.s3.headBucket((b) -> b.bucket(this.bucket)));
	}

	@Override
	public String kind() {
		return "s3";
	}

	private String objectKey(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return this.prefix + key;
	}

	private void call(String operation, java.util.function.Supplier<?> request) throws IOException {
		try {
			request.get();
		}
		catch (SdkException ex) {
			throw failure(operation, ex);
		}
	}

	private IOException failure(String operation, SdkException ex) {
		return new IOException(
				"Object storage " + operation + " failed in bucket " + this.bucket + ": " + ex.getMessage(), ex);
	}

}
