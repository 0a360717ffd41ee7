package ru.opora.users;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The session row's last access time is written at most once a minute
 * ({@code SessionAccessConfig}), not on every request; the session itself still works
 * (login, pages, a new id at login).
 */
class SessionAccessIntegrationTests extends PortalIntegrationTest {

	@Test
	void aRequestSoonAfterTheLastWritesNothingAnOlderSessionIsTouched() throws Exception {
		Cookie anonymous = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).isNotNull();
		MvcResult login = this.mvc.perform(
				post("/login").cookie(anonymous).with(csrf()).param("username", "observer").param("password", "demo"))
			.andExpect(status().isFound())
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		long written = lastAccess(id);

		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/schools").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isEqualTo(written);

		// as if the last write were two minutes ago: the next request writes the time
		// again
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 120000,"
				+ " expiry_time = expiry_time - 120000 where session_id = ?", id);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(written);
	}

	private long lastAccess(String sessionId) {
		Long time = this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, sessionId);
		assertThat(time).isNotNull();
		return time;
	}

}
