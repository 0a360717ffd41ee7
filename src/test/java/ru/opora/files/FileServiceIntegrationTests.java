package ru.opora.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.support.MutableClock;
import ru.opora.support.OporaSpringBootTest;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads against the real database and the local file store: what passes, what is
 * refused with which message, and that a refused or interrupted upload leaves nothing
 * behind.
 */
@OporaSpringBootTest
class FileServiceIntegrationTests {

	static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);

	static final long MAX = 1024 * 1024;

	@Autowired
	FileService files;

	@Autowired
	FileStorage storage;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	/**
	 * Later than any file the storage holds (its times are the file system's).
	 */
	static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

	@Test
	void aRealPdfAndDocxAreStoredAndComeBackIdentical() throws IOException {
		byte[] pdf = TestFiles.pdf("Koncepciya");
		FileInfo stored = store("Концепция «Жидкинская» \"ООШ\".pdf", pdf);
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.originalName()).isEqualTo("Концепция «Жидкинская» \"ООШ\".pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		try (InputStream in = this.files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		FileInfo docx = store("Программа.docx", TestFiles.docx("Среднесрочная программа развития"));
		assertThat(docx.contentType()).isEqualTo(FileKind.DOCX.contentType());
	}

	@Test
	void refusedUploadsSayWhyAndStoreNothing() {
		assertRefused("virus.pdf", TestFiles.executable(), "files.rejected.type");
		assertRefused("empty.pdf", new byte[0], "files.rejected.empty");
		assertRefused("big.pdf", new byte[(int) MAX + 1], "files.rejected.tooLarge");
		assertRefused("../../x.pdf", TestFiles.pdf("x"), "files.rejected.badName");
		assertRefused("..\\x.pdf", TestFiles.pdf("x"), "files.rejected.badName");
		assertRefused("a".repeat(296) + ".pdf", TestFiles.pdf("x"), "files.rejected.nameTooLong");
		assertRefused("строка\nперевод.pdf", TestFiles.pdf("x"), "files.rejected.badName");
		assertRefused("Концепция.docx", TestFiles.pdf("x"), "files.rejected.extension");
		// a ZIP that is not an office document
		assertRefused("archive.docx", zipWith("hello.txt"), "files.rejected.type");
	}

	@Test
	void aRolledBackUploadDeletesItsContent() throws IOException {
		int before = storedKeys();
		long rows = rows();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.files.store("Концепция.pdf", new ByteArrayInputStream(TestFiles.pdf("x")), MAX, ALL, "school");
			throw new IllegalStateException("the caller's row could not be written");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(storedKeys()).isEqualTo(before);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void contentLeftByACrashBeforeCommitIsSweptAtTheNextStart() throws IOException {
		// the process died after the bytes were written and before the row was committed
		String orphan = UUID.randomUUID().toString();
		Path content = Files.createTempFile("orphan", ".pdf");
		Files.write(content, TestFiles.pdf("orphan"));
		this.storage.put(orphan, content);
		FileInfo kept = store("Сохранённый.pdf", TestFiles.pdf("kept"));
		// the next start: the sweep compares the storage's file times with the portal
		// clock
		this.clock.set(FAR_FUTURE);
		assertThat(this.files.sweepOrphans(Duration.ZERO)).isGreaterThanOrEqualTo(1);
		assertThatThrownBy(() -> this.storage.get(orphan)).isInstanceOf(IOException.class);
		try (InputStream in = this.files.open(kept.id())) {
			assertThat(in.readAllBytes()).isEqualTo(TestFiles.pdf("kept"));
		}
	}

	@Test
	void changedBytesAreNotHandedOut() throws IOException {
		FileInfo stored = store("Отчёт.pdf", TestFiles.pdf("report"));
		String key = this.jdbc.queryForObject("select storage_key from stored_file where id = ?", String.class,
				stored.id());
		Path tampered = Files.createTempFile("tampered", ".pdf");
		Files.write(tampered, TestFiles.pdf("changed"));
		this.storage.put(key, tampered);
		assertThatThrownBy(() -> this.files.open(stored.id())).isInstanceOf(FileCorruptedException.class);
	}

	private FileInfo store(String name, byte[] bytes) {
		return this.transactions
			.execute((status) -> this.files.store(name, new ByteArrayInputStream(bytes), MAX, ALL, "school"));
	}

	private void assertRefused(String name, byte[] bytes, String key) {
		int keysBefore = storedKeys();
		long rowsBefore = rows();
		assertThatThrownBy(() -> store(name, bytes)).as(name)
			.isInstanceOfSatisfying(FileRejectedException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo(key));
		assertThat(storedKeys()).as("nothing stored for " + name).isEqualTo(keysBefore);
		assertThat(rows()).isEqualTo(rowsBefore);
	}

	private int storedKeys() {
		try {
			return this.storage.keysStoredBefore(FAR_FUTURE).size();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private long rows() {
		return this.jdbc.queryForObject("select count(*) from stored_file", Long.class);
	}

	private static byte[] zipWith(String entry) {
		try (var bytes = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			zip.write("hello".getBytes());
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
