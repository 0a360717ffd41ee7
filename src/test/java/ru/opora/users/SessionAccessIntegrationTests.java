package ru.opora.users;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The session row's last access time is written at most once a minute
 * ({@code SessionAccessConfig}), not on every request; the session itself still works
 * (login, pages, a new id at login). The repository's statements run in plain JDBC
 * transactions outside the application's transactions and in new ones of the
 * application's transaction manager inside them (a disabled user's sessions end).
 */
class SessionAccessIntegrationTests extends PortalIntegrationTest {

	@Autowired
	private JdbcIndexedSessionRepository sessions;

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

	@Test
	void theSessionsSecurityContextIsReadOnceAndEachReadGetsItsOwnContext() throws Exception {
		Cookie anonymous = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		Cookie session = this.mvc.perform(
				post("/login").cookie(anonymous).with(csrf()).param("username", "curator").param("password", "demo"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);

		Session stored = this.sessions.findById(id);
		Session again = this.sessions.findById(id);
		SecurityContext first = stored.getAttribute("SPRING_SECURITY_CONTEXT");
		SecurityContext second = again.getAttribute("SPRING_SECURITY_CONTEXT");

		assertThat(first).isNotSameAs(second).isEqualTo(second);
		assertThat(first.getAuthentication()).isNotSameAs(second.getAuthentication());
		assertThat(first.getAuthentication().getPrincipal()).isSameAs(second.getAuthentication().getPrincipal());
		assertThat(((OporaUserDetails) first.getAuthentication().getPrincipal()).getUsername()).isEqualTo("curator");
		// and the session still works as the user's
		assertThat(this.mvc.perform(get("/review").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"user-menu\"");
	}

	private long lastAccess(String sessionId) {
		Long time = this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, sessionId);
		assertThat(time).isNotNull();
		return time;
	}

	@Test
	void theSessionStatementsRunInAPlainJdbcTransactionOutsideTheApplicationsTransactions() {
		Object transactions = ReflectionTestUtils.getField(this.sessions, "transactionOperations");
		assertThat(transactions).isInstanceOf(SessionAccessConfig.SessionTransactions.class);
		String[] manager = new String[1];
		((SessionAccessConfig.SessionTransactions) transactions).execute((status) -> {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
			// a JPA transaction would bind the entity manager factory as well
			manager[0] = TransactionSynchronizationManager.getResourceMap()
				.keySet()
				.stream()
				.map((key) -> key.getClass().getSimpleName())
				.sorted()
				.toList()
				.toString();
			return null;
		});
		assertThat(manager[0]).doesNotContain("EntityManagerFactory").contains("DataSource");
	}

	@Test
	void disablingAnAccountEndsItsSessionsInsideTheServicesTransaction() throws Exception {
		String username = "ended." + java.util.UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = this.mvc
			.perform(post("/admin/accounts").with(this.demo.as("admin"))
				.with(csrf())
				.param("username", username)
				.param("fullName", "Тестовая Учётная Запись")
				.param("role", "ADMIN"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andReturn();
		String password = (String) ((ru.opora.web.FlashMessage) created.getFlashMap()
			.get(ru.opora.web.FlashMessage.ATTRIBUTE)).args().get(1);
		Cookie session = login(username, password);
		// logged in (with a temporary password: sent to change it)
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		assertThat(this.sessions.findByPrincipalName(username)).containsOnlyKeys(sessionId(session));

		this.mvc
			.perform(post("/admin/accounts/{id}/disable", this.demo.user(username)).with(this.demo.as("admin"))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId(session)))
			.isZero();
	}

	private Cookie login(String username, String password) throws Exception {
		Cookie anonymous = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		MvcResult login = this.mvc.perform(
				post("/login").cookie(anonymous).with(csrf()).param("username", username).param("password", password))
			.andExpect(status().isFound())
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

}
