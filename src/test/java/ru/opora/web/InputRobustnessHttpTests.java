package ru.opora.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.MutableClock;
import ru.opora.support.TestData;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the real server shows: the error page's own reason for a NUL character, no
 * stack trace for a request that is not UTF-8, a direct {@code /error}, and a
 * 255-character Cyrillic file name that reaches the portal's own rule instead of the
 * multipart limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class InputRobustnessHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aNulCharacterIsRefusedWithItsReasonInRussian() throws Exception {
		login("coordinator");
		HttpResponse<String> response = get("/schools?q=a%00b");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("нулевой символ");
	}

	@Test
	void parametersThatAreNotUtf8AreRefusedWithoutAStackTrace(CapturedOutput output) throws Exception {
		HttpResponse<String> response = get("/login?q=%C0%AF%FF");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(output.getOut() + output.getErr()).contains("Unreadable request parameters refused")
			.doesNotContain("InvalidParameterException\n\tat")
			.doesNotContain(" ERROR ");
	}

	@Test
	void theErrorPageItselfIsNotFound() throws Exception {
		assertThat(get("/error").statusCode()).isEqualTo(404);
	}

	@Test
	void aLongCyrillicFileNameReachesThePortalsOwnRule() throws Exception {
		long zhidka = this.jdbc.queryForObject("select id from school where short_name = 'Жидкинская ООШ'", Long.class);
		long year = new TestData(this.jdbc).programmeYear(2026, this.clock.today().plusMonths(1), zhidka);
		String csrf = login("school");

		HttpResponse<String> tooLong = upload(zhidka, year, csrf, "Я".repeat(252) + ".pdf");
		assertThat(tooLong.statusCode()).isEqualTo(302);
		assertThat(get(tooLong.headers().firstValue("Location").orElseThrow()).body())
			.contains("Имя файла длиннее 255 символов");

		HttpResponse<String> longest = upload(zhidka, year, csrf, "Я".repeat(251) + ".pdf");
		assertThat(longest.statusCode()).isEqualTo(302);
		assertThat(longest.headers().firstValue("Location").orElseThrow()).contains("/documents/");
	}

	private HttpResponse<String> upload(long school, long year, String csrf, String fileName) throws Exception {
		String boundary = "----opora" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", csrf);
		field(body, boundary, "year", String.valueOf(year));
		field(body, boundary, "kind", "CONCEPT");
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(TestFiles.pdf("long name"));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest.newBuilder(uri("/schools/" + school + "/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Logs in with the demo password and returns a CSRF token for the session.
	 */
	private String login(String username) throws Exception {
		this.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
					+ URLEncoder.encode(csrf(get("/login").body()), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return csrf(get("/account/password").body());
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + this.port + path);
	}

}
