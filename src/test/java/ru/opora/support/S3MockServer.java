package ru.opora.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real S3 implementation for the tests: Adobe's S3Mock, whose executable jar Maven
 * copies to {@code target/s3mock/s3mock.jar}, started once per test JVM as a separate
 * process on a free loopback port and stopped when the JVM exits. (S3Mock is a Spring
 * Boot 3 application; it cannot share the test JVM with the portal's Boot 4.) Buckets are
 * created by the portal ({@code opora.files.s3.create-bucket=true}); each test uses a
 * bucket of its own.
 */
public final class S3MockServer {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static S3MockServer instance;

	private final Process process;

	private final int port;

	private S3MockServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * The running server, started on first use.
	 */
	public static synchronized S3MockServer get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/**
	 * The portal's properties for a file store in the given bucket of this server.
	 */
	public Map<String, Object> portalProperties(String bucket) {
		return Map.of("opora.files.storage", "s3", "opora.files.s3.endpoint", endpoint().toString(),
				"opora.files.s3.region", "us-east-1", "opora.files.s3.bucket", bucket, "opora.files.s3.access-key",
				"test-access-key", "opora.files.s3.secret-key", "test-secret-key", "opora.files.s3.create-bucket",
				"true");
	}

	private static S3MockServer start() {
		Path jar = Path.of(System.getProperty("opora.test.s3mock-jar", "target/s3mock/s3mock.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("S3Mock's jar is missing at " + jar.toAbsolutePath()
					+ ": run the tests through Maven (the dependency plugin copies it in generate-test-resources)");
		}
		try {
			int port = freePort();
			Path log = Files.createTempFile("opora-s3mock-", ".log");
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
					jar.toAbsolutePath().toString(), "--server.port=0", "--server.address=127.0.0.1",
					"--com.adobe.testing.s3mock.httpPort=" + port, "--logging.level.root=WARN"));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "s3mock-stop"));
			S3MockServer server = new S3MockServer(process, port);
			server.awaitReady(log);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start S3Mock", ex);
		}
	}

	private void awaitReady(Path log) throws IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("S3Mock exited at start:\n" + Files.readString(log));
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) endpoint().toURL().openConnection();
				connection.setConnectTimeout(500);
				connection.setReadTimeout(2000);
				if (connection.getResponseCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		this.process.destroy();
		throw new IllegalStateException("S3Mock did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
