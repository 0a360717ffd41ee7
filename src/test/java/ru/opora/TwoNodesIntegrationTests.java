package ru.opora;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import ru.opora.support.S3MockServer;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes in one JVM on one embedded PostgreSQL and one S3 store (S3Mock), each
 * with its own web server, scheduler and caches, as behind a proxy: a session made by a
 * login on one node is used on the other, a job both schedulers fire runs once
 * (ShedLock), and a file uploaded through one node is downloaded through the other.
 */
class TwoNodesIntegrationTests {

	static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() {
		S3MockServer s3 = S3MockServer.get();
		List<String> args = new ArrayList<>();
		s3.portalProperties("opora-nodes-" + UUID.randomUUID()).forEach((k, v) -> args.add("--" + k + "=" + v));
		// both nodes schedule; the portal's own daily jobs stay off (their effects are
		// other tests' data), the probe job below stands for them
		args.addAll(List.of("--server.port=0", "--opora.scheduling.enabled=true", "--opora.documents.reminder-cron=-",
				"--opora.roadmap.reminder-cron=-", "--opora.intensives.reminder-cron=-",
				"--opora.teachers.anonymisation-cron=-", "--opora.warnings.cron=-",
				"--opora.data-changes.compaction-cron=-", "--spring.main.banner-mode=off",
				// small pools: the test JVM's other cached contexts hold connections too
				"--spring.datasource.hikari.maximum-pool-size=5", "--spring.datasource.hikari.minimum-idle=1"));
		// one after the other: the demo data's first load is not made for two nodes
		// starting on an empty database at once
		first = node(args);
		second = node(args);
	}

	@AfterAll
	static void stopNodes() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSessionMadeOnOneNodeIsUsedOnTheOther() throws Exception {
		String session = login(first, "coordinator");
		HttpResponse<String> home = get(second, "/", session);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Балейский");
		// and the other way round: the same session on the first node
		assertThat(get(first, "/schools", session).statusCode()).isEqualTo(200);
		// without it, the second node sends to the login page
		assertThat(get(second, "/", null).headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void aJobThatBothNodesScheduleRunsOnce() throws Exception {
		// both schedulers fire the probe every 100 ms; its lock is held ten minutes after
		// a run
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (skipped(first) + skipped(second) < 10 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(skipped(first) + skipped(second)).as("firings the other node's lock turned away")
			.isGreaterThanOrEqualTo(10);
		assertThat(ProbeJob.runs.get()).isEqualTo(1);
		assertThat(runs(first) + runs(second)).isEqualTo(1);
		assertThat(first.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from shedlock where name = ?", Integer.class, ProbeJob.NAME)).isEqualTo(1);
	}

	@Test
	void aFileUploadedThroughOneNodeIsDownloadedThroughTheOther() throws Exception {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		Long activity = jdbc.queryForObject("""
				select min(a.id) from network_activity a join network_pair p on p.id = a.pair_id
				where p.ended_at is null and a.status = 'HELD'
				  and p.mentor_school_id = (select school_id from app_user where username = 'mentor')""", Long.class);
		assertThat(activity).as("a demo activity of the mentor").isNotNull();
		String session = login(second, "mentor");
		String csrf = find(CSRF_META, get(second, "/networks/activities/" + activity, session).body());
		byte[] pdf = TestFiles.pdf("Отчёт с двух узлов " + UUID.randomUUID());
		String name = "Отчёт-" + UUID.randomUUID() + ".pdf";

		HttpResponse<String> upload = post(second, "/networks/activities/" + activity + "/files", session, csrf, name,
				pdf);
		assertThat(upload.statusCode()).isEqualTo(302);
		Long fileId = jdbc.queryForObject("""
				select f.id from stored_file f join network_activity_file a on a.file_id = f.id
				where a.activity_id = ? and f.original_name = ?""", Long.class, activity, name);

		HttpResponse<byte[]> download = http.send(
				request(first, "/networks/activities/" + activity + "/files/" + fileId, session).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
	}

	private static ConfigurableApplicationContext node(List<String> args) {
		return new SpringApplicationBuilder(OporaApplication.class, ProbeJob.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static double skipped(ConfigurableApplicationContext node) {
		var counter = node.getBean(MeterRegistry.class).find("opora.jobs.skipped").tag("job", ProbeJob.NAME).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static long runs(ConfigurableApplicationContext node) {
		var timer = node.getBean(MeterRegistry.class).find("opora.jobs.runs").tag("job", ProbeJob.NAME).timer();
		return (timer != null) ? timer.count() : 0;
	}

	/**
	 * Logs in through the login form and returns the session cookie ({@code SESSION=…}).
	 */
	private static String login(ConfigurableApplicationContext node, String username) throws Exception {
		HttpResponse<String> page = get(node, "/login", null);
		String session = sessionCookie(page);
		String csrf = find(CSRF_INPUT, page.body());
		String form = "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> answer = http
			.send(request(node, "/login", session).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		// the session id changes at login (session fixation protection)
		return sessionCookie(answer);
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session)
			throws IOException, InterruptedException {
		return http.send(request(node, path, session).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext node, String path, String session,
			String csrf, String fileName, byte[] content) throws IOException, InterruptedException {
		String boundary = "opora-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http
			.send(request(node, path, session).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path, String session) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path))
			.timeout(Duration.ofSeconds(30));
		if (session != null) {
			builder.header("Cookie", session);
		}
		return builder;
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

	/**
	 * A job both nodes schedule every 100 ms under the portal's ShedLock, holding its
	 * lock ten minutes after a run (longer than both nodes take to start), as the daily
	 * jobs hold theirs a minute.
	 */
	public static class ProbeJob {

		static final String NAME = "two-nodes-probe";

		static final AtomicInteger runs = new AtomicInteger();

		@Scheduled(fixedDelay = 100)
		@SchedulerLock(name = NAME, lockAtLeastFor = "PT10M")
		public void run() {
			runs.incrementAndGet();
		}

	}

}
