package ru.opora.users;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.SaveMode;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * <p>
 * Also (docs/benchmarks.md, «Step 10b»): a request reads its session once, not twice
 * (Spring Session's filter commits the session when the response is committed and again
 * at the end of the request, and the second commit looked the requested session up in the
 * database again only to learn its id), and the session's statements run in plain JDBC
 * transactions instead of JPA ones (an entity manager opened and closed around each
 * session {@code select}) unless the application already has a transaction open.
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
	 * The session attributes are read through {@link SessionAttributeReader}: the
	 * security context and the CSRF token deserialised once per stored value, not on
	 * every request (docs/benchmarks.md, «Step 11b»). Written as Spring Session writes
	 * them (Java serialisation), so the stored sessions stay as they were.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeReader(ResourceLoader resources) {
		return (repository) -> {
			GenericConversionService conversions = new GenericConversionService();
			conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
			conversions.addConverter(byte[].class, Object.class,
					new SessionAttributeReader(resources.getClassLoader()));
			repository.setConversionService(conversions);
		};
	}

	/**
	 * Gives Spring Session's JDBC repository {@link SessionTransactions}: its
	 * configuration would otherwise wrap each statement in a transaction of the
	 * application's JPA transaction manager. The repository is built from the
	 * configuration's fields after this runs.
	 */
	@Bean
	static BeanPostProcessor jdbcSessionTransactions(ObjectProvider<DataSource> dataSource,
			ObjectProvider<PlatformTransactionManager> transactionManager) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					configuration.setTransactionOperations(new SessionTransactions(dataSource, transactionManager));
				}
				return bean;
			}

		};
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
				SessionRepositoryFilter<CoarseAccessSession> filter = new OneReadSessionRepositoryFilter(
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
	 * Spring Session's filter, with the repository's per-request memory of the session it
	 * read open for the duration of the request.
	 */
	static final class OneReadSessionRepositoryFilter extends SessionRepositoryFilter<CoarseAccessSession> {

		OneReadSessionRepositoryFilter(CoarseAccessSessionRepository sessions) {
			super(sessions);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			CoarseAccessSessionRepository.READ.set(new CoarseAccessSession[1]);
			try {
				super.doFilterInternal(request, response, filterChain);
			}
			finally {
				CoarseAccessSessionRepository.READ.remove();
			}
		}

	}

	/**
	 * The transactions of the session repository's statements. Spring Session runs each
	 * of its operations in a new transaction ({@code REQUIRES_NEW}). Outside the
	 * application's transactions (the session filter's read and save: every request) that
	 * is a plain JDBC transaction on the application's data source; inside one (a service
	 * ending a user's sessions) the application's transaction manager suspends the
	 * running transaction and starts a new one, as Spring Session did for every
	 * operation.
	 */
	static final class SessionTransactions implements TransactionOperations {

		private final ObjectProvider<DataSource> dataSource;

		private final ObjectProvider<PlatformTransactionManager> applicationTransactions;

		private volatile TransactionTemplate jdbc;

		private volatile TransactionTemplate application;

		SessionTransactions(ObjectProvider<DataSource> dataSource,
				ObjectProvider<PlatformTransactionManager> applicationTransactions) {
			this.dataSource = dataSource;
			this.applicationTransactions = applicationTransactions;
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			DataSource source = this.dataSource.getObject();
			boolean inApplicationTransaction = TransactionSynchronizationManager.isActualTransactionActive()
					|| TransactionSynchronizationManager.hasResource(source);
			return (inApplicationTransaction ? application() : jdbc(source)).execute(action);
		}

		private TransactionTemplate jdbc(DataSource source) {
			TransactionTemplate template = this.jdbc;
			if (template == null) {
				template = requiresNew(new JdbcTransactionManager(source));
				this.jdbc = template;
			}
			return template;
		}

		private TransactionTemplate application() {
			TransactionTemplate template = this.application;
			if (template == null) {
				template = requiresNew(this.applicationTransactions.getObject());
				this.application = template;
			}
			return template;
		}

		private static TransactionTemplate requiresNew(PlatformTransactionManager manager) {
			TransactionTemplate template = new TransactionTemplate(manager);
			template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			return template;
		}

	}

	/**
	 * Delegates to the JDBC repository (its session type is not public), wrapping its
	 * sessions. Within a request of {@link OneReadSessionRepositoryFilter} the session it
	 * read is remembered: Spring Session's filter commits the session when the response
	 * is committed and again at the end of the request, and the second commit asks for
	 * the requested session again only to compare its id with the session's; it gets the
	 * session already read (a session whose id changed, or that was deleted, is looked up
	 * as before).
	 */
	static final class CoarseAccessSessionRepository implements SessionRepository<CoarseAccessSession> {

		/**
		 * The session read in the current request (one slot), set only while the filter
		 * handles a request on this thread.
		 */
		static final ThreadLocal<CoarseAccessSession[]> READ = new ThreadLocal<>();

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
			CoarseAccessSession[] read = READ.get();
			if (read != null && read[0] != null && read[0].getId().equals(id) && !read[0].isExpired()) {
				return read[0];
			}
			Session session = this.delegate.findById(id);
			CoarseAccessSession found = (session != null) ? new CoarseAccessSession(session, this.resolution) : null;
			if (read != null) {
				read[0] = found;
			}
			return found;
		}

		@Override
		public void deleteById(String id) {
			CoarseAccessSession[] read = READ.get();
			if (read != null && read[0] != null && read[0].getId().equals(id)) {
				read[0] = null;
			}
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
