package ru.opora.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.SaveMode;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The sessions as the session filter sees them: Spring Session's JDBC repository, but a
 * request writes the session's last access time only when the stored one is older than
 * {@code opora.session.last-access-resolution} (one minute by default). Without this,
 * every request of a logged-in user ended with an {@code UPDATE} of its session row in
 * its own transaction (docs/benchmarks.md, «Step 8a»). With an idle timeout of hours, a
 * session may so expire up to that resolution earlier than the timeout after its last
 * request. Attribute changes, a new session id (session fixation protection) and new
 * sessions are written as before; a request that changed nothing does not take a
 * connection for the session's save at all. The sessions stay in PostgreSQL, shared by
 * the nodes.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccessConfig {

	/**
	 * Attributes are written with PostgreSQL's {@code insert … on conflict do update}:
	 * two parallel first requests of a new login both add the new CSRF token, and the
	 * second plain {@code insert} failed with a duplicate key (a 500 for that request).
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Puts the session filter on the coarse repository. Spring Boot's session
	 * configuration backs off when the application defines a session repository, so the
	 * JDBC repository stays Boot's (table, clean-up, serialisation, principal index) and
	 * only the filter's view of it changes; the session id is read and written as before
	 * (the id resolver bean, or the cookie serialiser bean that Boot configures from
	 * {@code server.servlet.session.cookie.*}).
	 */
	@Bean
	static BeanPostProcessor coarseSessionAccess(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<HttpSessionIdResolver> idResolver, ObjectProvider<CookieSerializer> cookieSerializer,
			Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				JdbcIndexedSessionRepository jdbc = (bean instanceof SessionRepositoryFilter<?>)
						? sessions.getIfAvailable() : null;
				if (jdbc == null) {
					return bean;
				}
				Binder binder = Binder.get(environment);
				Duration resolution = binder.bind("opora.session.last-access-resolution", Duration.class)
					.orElse(Duration.ofMinutes(1));
				// with another save mode the repository also writes attributes
				// that were only read
				boolean skipUnchanged = binder.bind("spring.session.jdbc.save-mode", SaveMode.class)
					.orElse(SaveMode.ON_SET_ATTRIBUTE) == SaveMode.ON_SET_ATTRIBUTE;
				@SuppressWarnings("unchecked")
				SessionRepository<Session> delegate = (SessionRepository<Session>) (SessionRepository<?>) jdbc;
				SessionRepositoryFilter<CoarseAccessSession> filter = new SessionRepositoryFilter<>(
						new CoarseAccessSessionRepository(delegate, resolution, skipUnchanged));
				HttpSessionIdResolver resolver = idResolver.getIfAvailable();
				if (resolver == null) {
					CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
					CookieSerializer serializer = cookieSerializer.getIfAvailable();
					if (serializer != null) {
						cookies.setCookieSerializer(serializer);
					}
					resolver = cookies;
				}
				filter.setHttpSessionIdResolver(resolver);
				return filter;
			}

		};
	}

	/**
	 * Delegates to the JDBC repository (its session type is not public), wrapping its
	 * sessions.
	 */
	static final class CoarseAccessSessionRepository implements SessionRepository<CoarseAccessSession> {

		private final SessionRepository<Session> delegate;

		private final Duration resolution;

		private final boolean skipUnchanged;

		CoarseAccessSessionRepository(SessionRepository<Session> delegate, Duration resolution, boolean skipUnchanged) {
			this.delegate = delegate;
			this.resolution = resolution;
			this.skipUnchanged = skipUnchanged;
		}

		@Override
		public CoarseAccessSession createSession() {
			CoarseAccessSession session = new CoarseAccessSession(this.delegate.createSession(), this.resolution);
			session.changed = true;
			return session;
		}

		/**
		 * Saves the session unless nothing was changed through it in this request: the
		 * JDBC repository would then write nothing, but still take a connection and run
		 * an empty transaction.
		 */
		@Override
		public void save(CoarseAccessSession session) {
			if (session.changed || !this.skipUnchanged) {
				this.delegate.save(session.delegate);
				session.changed = false;
			}
		}

		@Override
		public CoarseAccessSession findById(String id) {
			Session session = this.delegate.findById(id);
			return (session != null) ? new CoarseAccessSession(session, this.resolution) : null;
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

	}

	/**
	 * A session whose last access time moves only in steps of the resolution.
	 */
	static final class CoarseAccessSession implements Session {

		private final Session delegate;

		private final Duration resolution;

		/** Whether anything was changed since the session was read or saved. */
		private boolean changed;

		CoarseAccessSession(Session delegate, Duration resolution) {
			this.delegate = delegate;
			this.resolution = resolution;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant stored = this.delegate.getLastAccessedTime();
			if (lastAccessedTime.isBefore(stored)
					|| Duration.between(stored, lastAccessedTime).compareTo(this.resolution) >= 0) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
