package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tika.Tika;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.common.NotFoundException;

/**
 * Stores uploads and hands them back. An upload is stored under a fresh key and its row
 * is written in the caller's transaction; if that transaction rolls back, the stored
 * content is deleted, and whatever a crash leaves on disk without a row is swept at the
 * next start.
 */
@Service
@RequiredArgsConstructor
public class FileService {

	private static final Log log = LogFactory.getLog(FileService.class);

	static final int MAX_NAME_LENGTH = 255;

	private final FileStorage storage;

	private final StoredFileRepository files;

	private final Clock clock;

	/**
	 * Checks and stores an upload; must run inside the transaction that records what the
	 * file belongs to.
	 * @param originalName the name the user's file had (kept for the download)
	 * @param content the bytes, read once
	 * @param maxBytes the largest size accepted
	 * @param accepted the kinds accepted here
	 * @throws FileRejectedException with a message key the page can show
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public FileInfo store(String originalName, InputStream content, long maxBytes, Set<FileKind> accepted,
			String uploadedBy) {
		String name = checkedName(originalName);
		Path temp = null;
		try {
			temp = Files.createTempFile("opora-upload-", ".bin");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = copy(new DigestInputStream(content, sha), temp, maxBytes);
			if (size == 0) {
				throw new FileRejectedException("files.rejected.empty", null);
			}
			FileKind kind = detect(temp).filter(accepted::contains)
				.orElseThrow(() -> new FileRejectedException("files.rejected.type", null));
			if (!kind.matchesName(name)) {
				throw new FileRejectedException("files.rejected.extension", kind.extension());
			}
			String key = UUID.randomUUID().toString();
			this.storage.put(key, temp);
			deleteOnRollback(key);
			StoredFile stored = this.files.save(new StoredFile(key, name, kind.contentType(), size,
					HexFormat.of().formatHex(sha.digest()), uploadedBy, this.clock.instant()));
			return stored.info();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an upload", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	@Transactional(readOnly = true)
	public FileInfo info(Long fileId) {
		return this.files.findById(fileId)
			.map(StoredFile::info)
			.orElseThrow(() -> new NotFoundException("error.notFound.file", fileId));
	}

	/**
	 * Several files' information in one query; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, FileInfo> infos(java.util.Collection<Long> fileIds) {
		java.util.Map<Long, FileInfo> out = new java.util.HashMap<>();
		if (!fileIds.isEmpty()) {
			this.files.findAllById(fileIds).forEach((f) -> out.put(f.getId(), f.info()));
		}
		return out;
	}

	/**
	 * The file's bytes, after checking them against the SHA-256 taken at upload.
	 * @throws FileCorruptedException if the stored bytes changed
	 */
	@Transactional(readOnly = true)
	public InputStream open(Long fileId) {
		StoredFile file = this.files.findById(fileId)
			.orElseThrow(() -> new NotFoundException("error.notFound.file", fileId));
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(this.storage.get(file.getStorageKey()), sha)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			if (!HexFormat.of().formatHex(sha.digest()).equals(file.getSha256())) {
				log.error("Stored file " + fileId + " does not match its checksum");
				throw new FileCorruptedException(fileId);
			}
			return this.storage.get(file.getStorageKey());
		}
		catch (IOException ex) {
			log.error("Stored file " + fileId + " cannot be read: " + ex.getMessage());
			throw new FileCorruptedException(fileId);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Deletes stored content that no row refers to and that is older than {@code minAge}
	 * (left by a crash between storing a file and committing its row). Returns the count.
	 */
	@Transactional(readOnly = true)
	public int sweepOrphans(Duration minAge) {
		try {
			List<String> candidates = this.storage.keysStoredBefore(this.clock.instant().minus(minAge));
			if (candidates.isEmpty()) {
				return 0;
			}
			Set<String> known = new HashSet<>();
			for (int i = 0; i < candidates.size(); i += 1000) {
				known.addAll(this.files.knownKeys(candidates.subList(i, Math.min(candidates.size(), i + 1000))));
			}
			int deleted = 0;
			for (String key : candidates) {
				if (!known.contains(key)) {
					this.storage.delete(key);
					deleted++;
				}
			}
			if (deleted > 0) {
				log.warn("Deleted " + deleted + " stored file(s) without a record (an interrupted upload)");
			}
			return deleted;
		}
		catch (IOException ex) {
			log.error("Orphan sweep failed", ex);
			return 0;
		}
	}

	/**
	 * The kind of a file from its bytes: Apache Tika for the format, then a look inside
	 * ZIP containers (DOCX, XLSX, ODT, ODS share the ZIP signature).
	 */
	Optional<FileKind> detect(Path file) throws IOException {
		String type;
		// Tika never closes the stream it is given
		try (InputStream in = (file.toFile().length() > 0) ? Files.newInputStream(file)
				: InputStream.nullInputStream()) {
			type = Formats.TIKA.detect(in);
		}
		if ("application/pdf".equals(type)) {
			return Optional.of(FileKind.PDF);
		}
		if ("image/jpeg".equals(type)) {
			return Optional.of(FileKind.JPEG);
		}
		if ("image/png".equals(type)) {
			return Optional.of(FileKind.PNG);
		}
		if (!type.startsWith("application/zip") && !type.startsWith("application/x-tika-ooxml")
				&& !type.startsWith("application/x-tika-msoffice")) {
			return Optional.empty();
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				String declared = new String(zip.getInputStream(mimetype).readNBytes(100), StandardCharsets.US_ASCII)
					.trim();
				if (declared.equals(FileKind.ODT.contentType())) {
					return Optional.of(FileKind.ODT);
				}
				if (declared.equals(FileKind.ODS.contentType())) {
					return Optional.of(FileKind.ODS);
				}
				return Optional.empty();
			}
			if (zip.getEntry("[Content_Types].xml") != null) {
				if (zip.getEntry("word/document.xml") != null) {
					return Optional.of(FileKind.DOCX);
				}
				if (zip.getEntry("xl/workbook.xml") != null) {
					return Optional.of(FileKind.XLSX);
				}
			}
			return Optional.empty();
		}
		catch (java.util.zip.ZipException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The user's file name as it will be shown and downloaded: any characters a person
	 * uses (Cyrillic, quotes, «ёлочки»), but no path, no control characters, at most 255.
	 */
	static String checkedName(String originalName) {
		String name = (originalName != null) ? originalName.strip() : "";
		if (name.isEmpty()) {
			throw new FileRejectedException("files.rejected.noName", null);
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new FileRejectedException("files.rejected.nameTooLong", MAX_NAME_LENGTH);
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".")
				|| name.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			throw new FileRejectedException("files.rejected.badName", null);
		}
		return name;
	}

	private static long copy(InputStream in, Path target, long maxBytes) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream source = in; OutputStream out = Files.newOutputStream(target)) {
			int n;
			while ((n = source.read(buffer)) != -1) {
				total += n;
				if (total > maxBytes) {
					throw new FileRejectedException("files.rejected.tooLarge", maxBytes / (1024 * 1024));
				}
				out.write(buffer, 0, n);
			}
		}
		return total;
	}

	private void deleteOnRollback(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						FileService.this.storage.delete(key);
					}
					catch (IOException ex) {
						log.warn("Could not delete the content of a rolled-back upload " + key, ex);
					}
				}
			}
		});
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				log.debug("Could not delete temporary file " + path, ex);
			}
		}
	}

	/**
	 * Apache Tika, created on the first detection rather than with the service: reading
	 * its type registry took 3 % of the main thread's start-up (docs/benchmarks.md, «Step
	 * 9c»), and a start serves no upload. The JVM initialises the holder once, on first
	 * use, thread-safely.
	 */
	private static final class Formats {

		static final Tika TIKA = new Tika();

	}

}
