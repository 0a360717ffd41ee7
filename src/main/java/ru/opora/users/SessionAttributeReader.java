package ru.opora.users;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Reads a session attribute from its stored bytes (Java serialisation, as Spring
 * Session's JDBC repository does), but deserialises the two attributes every request
 * reads, the security context and the CSRF token, once per stored value: the bytes of a
 * session's attribute change only when the attribute is set again (a login, a password
 * change, a new token), so a request whose attribute has the bytes of an earlier one gets
 * what those bytes gave (docs/benchmarks.md, «Step 11b»: the deserialisation was 2–4 % of
 * a simple page's CPU).
 * <p>
 * Each request still gets its own security context and its own authentication token (a
 * request may change its context, and logging out clears it); what requests of a session
 * share is only what never changes after the login: the principal
 * ({@link OporaUserDetails}: the user's record), its authorities and the login's
 * {@link WebAuthenticationDetails} (a servlet container's in-memory session shares even
 * the context between its requests). A CSRF token ({@link DefaultCsrfToken}) is immutable
 * and shared. Any other value, or a context of another shape, is deserialised for each
 * request as before. The values are kept by their bytes (equal bytes, equal value), at
 * most {@link #LIMIT}; when full, the memory is emptied and refills with the sessions
 * still in use.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

	/** At most this many stored values are kept (two per active session). */
	static final int LIMIT = 4096;

	private final Converter<byte[], Object> deserializer;

	private final Map<Bytes, Object> values = new ConcurrentHashMap<>();

	SessionAttributeReader(ClassLoader classLoader) {
		this(new DeserializingConverter(classLoader));
	}

	SessionAttributeReader(Converter<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	@Override
	public Object convert(byte[] source) {
		Bytes key = new Bytes(source);
		Object value = this.values.get(key);
		if (value == null) {
			value = this.deserializer.convert(source);
			if (!kept(value)) {
				return value;
			}
			if (this.values.size() >= LIMIT) {
				this.values.clear();
			}
			// the key's array is the repository's: copied, so that nothing can change
			// it
			this.values.put(new Bytes(source.clone()), value);
		}
		return forRequest(value);
	}

	int size() {
		return this.values.size();
	}

	/** Whether the value is of a shape this reader keeps. */
	static boolean kept(Object value) {
		if (value == null) {
			return false;
		}
		if (value.getClass() == DefaultCsrfToken.class) {
			return true;
		}
		if (value.getClass() != SecurityContextImpl.class) {
			return false;
		}
		Authentication authentication = ((SecurityContext) value).getAuthentication();
		return authentication != null && authentication.getClass() == UsernamePasswordAuthenticationToken.class
				&& authentication.isAuthenticated() && authentication.getCredentials() == null
				&& authentication.getPrincipal() instanceof OporaUserDetails && (authentication.getDetails() == null
						|| authentication.getDetails().getClass() == WebAuthenticationDetails.class);
	}

	/** A kept value as a request gets it: a context of its own, a shared token. */
	private static Object forRequest(Object value) {
		if (value instanceof SecurityContextImpl context) {
			Authentication stored = context.getAuthentication();
			UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
				.authenticated(stored.getPrincipal(), null, stored.getAuthorities());
			authentication.setDetails(stored.getDetails());
			return new SecurityContextImpl(authentication);
		}
		return value;
	}

	/** A byte array as a map key: equal contents, equal keys. */
	private static final class Bytes {

		private final byte[] bytes;

		private final int hash;

		Bytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes that && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
