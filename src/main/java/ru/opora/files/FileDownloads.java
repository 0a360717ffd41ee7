package ru.opora.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a download of a stored file: the bytes as an attachment under the file's
 * original name (RFC 5987, so Cyrillic names survive) with the type recognised at upload.
 * The caller has checked access and opened the content.
 */
public final class FileDownloads {

	private FileDownloads() {
	}

	public static ResponseEntity<byte[]> attachment(FileInfo info, InputStream content) {
		byte[] bytes;
		try (InputStream in = content) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(info.originalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(info.contentType()))
			.body(bytes);
	}

}
