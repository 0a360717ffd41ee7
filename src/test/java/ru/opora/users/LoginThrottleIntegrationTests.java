package ru.opora.users;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import ru.opora.common.RateLimits;
import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed logins per address, counted in PostgreSQL for all nodes: the login form's
 * failures are counted for the client's address, an address over its limit is refused
 * before any password is checked, and the login page says why.
 */
class LoginThrottleIntegrationTests extends PortalIntegrationTest {

	@Autowired
	RateLimits limits;

	@Test
	void aFailedLoginIsCountedForTheClientsAddress() throws Exception {
		String address = TestData.unique("198.51.100.9");
		this.mvc.perform(post("/login").param("username", "nobody-" + TestData.unique("x").replace(' ', '-'))
			.param("password", "x")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})).andExpect(redirectedUrl("/login?error=bad"));
		assertThat(this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Integer.class,
				"login-failures|" + address))
			.isEqualTo(1);
	}

	@Test
	void anAddressOverItsLimitIsRefusedBeforeAnyPasswordIsChecked() throws Exception {
		LoginThrottle throttle = new LoginThrottle(this.limits, 3, 10);
		LoginThrottle.Filter filter = new LoginThrottle.Filter(throttle);
		String guesser = TestData.unique("203.0.113.1");
		String neighbour = TestData.unique("203.0.113.2");
		for (int i = 0; i < 3; i++) {
			assertThat(passes(filter, guesser)).isTrue();
			throttle.failed(guesser);
		}
		assertThat(passes(filter, guesser)).isFalse();
		assertThat(passes(filter, neighbour)).isTrue();

		String page = this.mvc.perform(get("/login").param("error", "throttled"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Слишком много неудачных попыток входа с вашего адреса");
	}

	private static boolean passes(LoginThrottle.Filter filter, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		if (chain.getRequest() == null) {
			assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=throttled");
			return false;
		}
		return true;
	}

}
