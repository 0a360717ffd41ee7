package ru.opora.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.support.MutableClock;
import ru.opora.support.OporaSpringBootTest;
import ru.opora.support.S3MockServer;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 file store against a real S3 implementation (S3Mock in a process of its own),
 * behind the real {@link FileService} and database: content comes back identical, a
 * rolled-back upload leaves no object, an object a crash left without a row is swept,
 * changed bytes are refused by the checksum, and a store that does not answer is reported
 * by the health check and counted.
 */
@OporaSpringBootTest
class S3FileStorageIntegrationTests {

	static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);

	static final long MAX = 1024 * 1024;

	static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

	static S3Client s3;

	@Autowired
	StoredFileRepository repository;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	SimpleMeterRegistry meters = new SimpleMeterRegistry();

	MutableClock clock = new MutableClock();

	FileStorage storage;

	FileService files;

	@BeforeAll
	static void client() {
		s3 = client(S3MockServer.get().endpoint().toString());
	}

	@AfterAll
	static void close() {
		s3.close();
	}

	@BeforeEach
	void storeInABucketOfItsOwn() throws IOException {
		S3FileStorage s3Storage = new S3FileStorage(s3, "opora-" + UUID.randomUUID(), "files/");
		s3Storage.createBucketIfMissing();
		this.storage = new CountingFileStorage(s3Storage, this.meters);
		this.files = new FileService(this.storage, this.repository, this.clock);
	}

	@Test
	void anUploadIsStoredAsAnObjectAndComesBackIdentical() throws IOException {
		byte[] pdf = TestFiles.pdf("Koncepciya S3");
		FileInfo stored = store("Концепция «Жидкинская».pdf", pdf);
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(this.storage.keysStoredBefore(FAR_FUTURE)).containsExactly(key(stored));
		try (InputStream in = this.files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
	}

	@Test
	void aRolledBackUploadLeavesNoObject() throws IOException {
		long rows = rows();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.files.store("Концепция.pdf", new ByteArrayInputStream(TestFiles.pdf("x")), MAX, ALL, "school");
			throw new IllegalStateException("the caller's row could not be written");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.storage.keysStoredBefore(FAR_FUTURE)).isEmpty();
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void aRefusedUploadStoresNothing() throws IOException {
		assertThatThrownBy(() -> store("virus.pdf", TestFiles.executable())).isInstanceOf(FileRejectedException.class);
		assertThat(this.storage.keysStoredBefore(FAR_FUTURE)).isEmpty();
	}

	@Test
	void anObjectLeftByACrashBeforeCommitIsSweptAndRecordedOnesAreKept() throws IOException {
		String orphan = UUID.randomUUID().toString();
		this.storage.put(orphan, temp(TestFiles.pdf("orphan")));
		FileInfo kept = store("Сохранённый.pdf", TestFiles.pdf("kept"));

		// objects younger than the minimum age are never swept (uploads in flight)
		assertThat(this.files.sweepOrphans(Duration.ofMinutes(10))).isZero();

		this.clock.set(FAR_FUTURE);
		assertThat(this.files.sweepOrphans(Duration.ZERO)).isEqualTo(1);
		assertThatThrownBy(() -> this.storage.get(orphan)).isInstanceOf(NoSuchFileException.class);
		assertThat(this.storage.keysStoredBefore(FAR_FUTURE)).containsExactly(key(kept));
		try (InputStream in = this.files.open(kept.id())) {
			assertThat(in.readAllBytes()).isEqualTo(TestFiles.pdf("kept"));
		}
	}

	@Test
	void changedOrMissingBytesAreNotHandedOut() throws IOException {
		FileInfo tampered = store("Отчёт.pdf", TestFiles.pdf("report"));
		this.storage.put(key(tampered), temp(TestFiles.pdf("changed")));
		assertThatThrownBy(() -> this.files.open(tampered.id())).isInstanceOf(FileCorruptedException.class);

		FileInfo lost = store("Потерянный.pdf", TestFiles.pdf("lost"));
		this.storage.delete(key(lost));
		assertThatThrownBy(() -> this.files.open(lost.id())).isInstanceOf(FileCorruptedException.class);
	}

	@Test
	void aStoreThatDoesNotAnswerIsReportedDownAndCounted() {
		try (S3Client unreachable = client("http://127.0.0.1:9")) {
			FileStorage broken = new CountingFileStorage(new S3FileStorage(unreachable, "opora-nowhere", ""),
					this.meters);
			assertThat(new FileStorageHealthIndicator(broken).health().getStatus()).isEqualTo(Status.DOWN);
			assertThatThrownBy(() -> broken.get(UUID.randomUUID().toString())).isInstanceOf(IOException.class);
			assertThat(this.meters.get(CountingFileStorage.ERRORS)
				.tag("store", "s3")
				.tag("operation", "get")
				.counter()
				.count()).isEqualTo(1);
		}
		assertThat(new FileStorageHealthIndicator(this.storage).health().getStatus()).isEqualTo(Status.UP);
	}

	private FileInfo store(String name, byte[] bytes) {
		return this.transactions
			.execute((status) -> this.files.store(name, new ByteArrayInputStream(bytes), MAX, ALL, "school"));
	}

	private String key(FileInfo file) {
		return this.jdbc.queryForObject("select storage_key from stored_file where id = ?", String.class, file.id());
	}

	private long rows() {
		return this.jdbc.queryForObject("select count(*) from stored_file", Long.class);
	}

	private static Path temp(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("opora-s3-test", ".pdf");
		Files.write(file, bytes);
		return file;
	}

	private static S3Client client(String endpoint) {
		return S3Client.builder()
			.endpointOverride(java.net.URI.create(endpoint))
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

}
