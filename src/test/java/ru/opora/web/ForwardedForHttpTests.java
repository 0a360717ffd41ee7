package ru.opora.web;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy (README): with {@code server.forward-headers-strategy=native}, Tomcat
 * takes the client's address from X-Forwarded-For only when the request comes from a
 * configured proxy ({@code server.tomcat.remoteip.internal-proxies}, here the loopback
 * address the test connects from), and then the right-most address that is not a trusted
 * proxy — never the left-most one, which any client can write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127.0.0.1/32" })
class ForwardedForHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAuditLogRecordsTheAddressTheTrustedProxySawNotTheOneTheClientWrote() throws Exception {
		String login = TestData.unique("forwarded").replace(' ', '.');
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://127.0.0.1:" + this.port;
		String page = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();

		// the client wrote 6.6.6.6 itself; the (trusted) proxy appended the address it
		// saw
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("X-Forwarded-For", "6.6.6.6, 203.0.113.9")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + login + "&password=x&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("select remote_address from audit_event where username = ?", String.class,
				login))
			.containsExactly("203.0.113.9");
	}

}
