package ru.opora.users;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.HeaderHttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

import ru.opora.users.SessionAccessConfig.CoarseAccessSession;
import ru.opora.users.SessionAccessConfig.CoarseAccessSessionRepository;
import ru.opora.users.SessionAccessConfig.OneReadSessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request reads its session from the store once, although Spring Session's filter
 * commits it twice (when the response is committed and at the end); a session whose id
 * changed or that was deleted in the request is looked up as before.
 */
class SessionAccessConfigTests {

	private final CountingRepository store = new CountingRepository();

	private final CoarseAccessSessionRepository sessions = new CoarseAccessSessionRepository(this.store,
			Duration.ofMinutes(1), true);

	@Test
	void aPageWhoseResponseIsCommittedBeforeTheEndReadsTheSessionOnce() throws Exception {
		String id = storedSession();
		run(new OneReadSessionRepositoryFilter(this.sessions), id, (request, response) -> {
			assertThat(request.getSession(false).getAttribute("user")).isEqualTo("observer");
			response.getWriter().write("page");
			response.flushBuffer();
		});
		assertThat(this.store.reads).containsExactly(id);
		// Spring Session's own filter on the same repository reads it twice
		this.store.reads.clear();
		run(new SessionRepositoryFilter<>(this.sessions), id, (request, response) -> {
			request.getSession(false);
			response.flushBuffer();
		});
		assertThat(this.store.reads).containsExactly(id, id);
	}

	@Test
	void aSessionEndedInTheRequestIsNotRememberedAndNothingIsRememberedBetweenRequests() throws Exception {
		String id = storedSession();
		OneReadSessionRepositoryFilter filter = new OneReadSessionRepositoryFilter(this.sessions);
		run(filter, id, (request, response) -> {
			request.getSession(false).invalidate();
			response.flushBuffer();
		});
		assertThat(this.store.findById(id)).isNull();
		this.store.reads.clear();

		String other = storedSession();
		run(filter, other, (request, response) -> request.getSession(false));
		run(filter, other, (request, response) -> request.getSession(false));
		assertThat(this.store.reads).as("one read per request").containsExactly(other, other);
		assertThat(CoarseAccessSessionRepository.READ.get()).as("nothing kept on the thread").isNull();
		// outside a request of the filter (a service ending a user's sessions) every
		// look-up reads the store
		this.sessions.findById(other);
		this.sessions.findById(other);
		assertThat(this.store.reads).hasSize(4);
	}

	@Test
	void aNewIdAtLoginIsWrittenAndTheOldOneIsLookedUpAgain() throws Exception {
		String id = storedSession();
		String[] changed = new String[1];
		run(new OneReadSessionRepositoryFilter(this.sessions), id, (request, response) -> {
			request.getSession(false);
			changed[0] = request.changeSessionId();
			response.flushBuffer();
		});
		assertThat(changed[0]).isNotEqualTo(id);
		assertThat(this.store.findById(changed[0])).isNotNull();
		assertThat(this.store.reads).startsWith(id, id);
	}

	private String storedSession() {
		MapSession session = new MapSession();
		session.setAttribute("user", "observer");
		this.store.save(session);
		return session.getId();
	}

	private static void run(SessionRepositoryFilter<CoarseAccessSession> filter, String sessionId, Page page)
			throws Exception {
		filter.setHttpSessionIdResolver(HeaderHttpSessionIdResolver.xAuthToken());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("X-Auth-Token", sessionId);
		MockFilterChain chain = new MockFilterChain(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest req, HttpServletResponse resp)
					throws ServletException, IOException {
				page.handle(req, resp);
			}

		});
		filter.doFilter(request, new MockHttpServletResponse(), chain);
	}

	interface Page {

		void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	/** A store that records the ids it was asked for. */
	static final class CountingRepository implements SessionRepository<Session> {

		private final MapSessionRepository store = new MapSessionRepository(new java.util.HashMap<>());

		final List<String> reads = new ArrayList<>();

		@Override
		public Session createSession() {
			return this.store.createSession();
		}

		@Override
		public void save(Session session) {
			this.store.save((MapSession) session);
		}

		@Override
		public Session findById(String id) {
			this.reads.add(id);
			return this.store.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.store.deleteById(id);
		}

	}

}
