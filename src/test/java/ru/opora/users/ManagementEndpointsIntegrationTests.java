package ru.opora.users;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Actuator for the proxy and the orchestrator: liveness and readiness (database and file
 * store) open to anyone without details; Prometheus metrics only from the internal
 * network or for an administrator.
 */
class ManagementEndpointsIntegrationTests extends PortalIntegrationTest {

	static final RequestPostProcessor FROM_OUTSIDE = (request) -> {
		request.setRemoteAddr("203.0.113.9");
		return request;
	};

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Value("${management.metrics.web.server.max-uri-tags}")
	int maxUriTags;

	/**
	 * Every page keeps its own latency series: the bound on the uri tags (a meter filter
	 * that drops the series of any further pattern) is above the number of the portal's
	 * URL patterns, whatever order the pages are first requested in.
	 */
	@Test
	void everyUrlPatternOfThePortalGetsItsOwnRequestMetrics() {
		Set<String> patterns = new HashSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> patterns.addAll(info.getPatternValues()));
		assertThat(patterns).hasSizeGreaterThan(100);
		assertThat(this.maxUriTags).isGreaterThan(patterns.size() + 20);
	}

	@Test
	void probesAreOpenAndReadinessCoversTheDatabaseAndTheFileStore() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness").with(FROM_OUTSIDE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health/readiness").with(FROM_OUTSIDE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health/readiness").with(this.demo.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.fileStorage.status").value("UP"))
			.andExpect(jsonPath("$.components.fileStorage.details.store").value("local"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
	}

	@Test
	void metricsAreClosedToTheOutsideAndToOtherRoles() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(FROM_OUTSIDE))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		this.mvc.perform(get("/actuator/metrics").with(FROM_OUTSIDE)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(FROM_OUTSIDE).with(this.demo.as("coordinator")))
			.andExpect(status().isForbidden());
	}

	@Test
	void metricsAreServedToTheInternalNetworkAndToAnAdministrator() throws Exception {
		this.mvc.perform(get("/schools").with(this.demo.as("coordinator"))).andExpect(status().isOk());
		// MockMvc's client address is 127.0.0.1, in the default internal networks
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds_bucket")))
			.andExpect(content().string(containsString("uri=\"/schools\"")))
			.andExpect(content().string(containsString("application=\"opora\"")));
		this.mvc.perform(get("/actuator/prometheus").with(FROM_OUTSIDE).with(this.demo.as("admin")))
			.andExpect(status().isOk());
		// a scraper outside with an administrator's account, by HTTP Basic
		String login = TestData.unique("scraper").replace(' ', '.');
		this.jdbc.update("insert into app_user (username, password_hash, full_name, role) values (?, ?, ?, 'ADMIN')",
				login, this.passwordEncoder.encode("scrape-secret-1"), "Prometheus");
		this.mvc.perform(get("/actuator/prometheus").with(FROM_OUTSIDE).with(httpBasic(login, "scrape-secret-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/actuator/prometheus").with(FROM_OUTSIDE).with(httpBasic(login, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

}
