package ru.opora.users;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeReaderTests {

	private final AtomicInteger deserialised = new AtomicInteger();

	private final SessionAttributeReader reader = new SessionAttributeReader(counting());

	@Test
	void aSecurityContextIsDeserialisedOnceButEachRequestGetsItsOwnContextAndToken() {
		SecurityContext stored = context("Иванова И. И.", Role.CURATOR);
		byte[] bytes = bytes(stored);

		SecurityContext first = (SecurityContext) this.reader.convert(bytes);
		SecurityContext second = (SecurityContext) this.reader.convert(bytes.clone());

		assertThat(this.deserialised).hasValue(1);
		assertThat(first).isEqualTo(second).isNotSameAs(second).isNotSameAs(stored);
		assertThat(first.getAuthentication()).isNotSameAs(second.getAuthentication());
		// the principal, read once, is what the requests share
		assertThat(first.getAuthentication().getPrincipal()).isSameAs(second.getAuthentication().getPrincipal());
		assertThat(first.getAuthentication().isAuthenticated()).isTrue();
		assertThat(first.getAuthentication().getCredentials()).isNull();
		assertThat(first.getAuthentication().getDetails()).isEqualTo(stored.getAuthentication().getDetails());
		assertThat(first.getAuthentication().getAuthorities()).extracting("authority").containsExactly("ROLE_CURATOR");
		assertThat(((OporaUserDetails) first.getAuthentication().getPrincipal()).getFullName())
			.isEqualTo("Иванова И. И.");
	}

	@Test
	void whatOneRequestDoesToItsContextIsNotSeenByTheNext() {
		byte[] bytes = bytes(context("Петров П. П.", Role.COORDINATOR));

		SecurityContext first = (SecurityContext) this.reader.convert(bytes);
		first.getAuthentication().setAuthenticated(false);
		((UsernamePasswordAuthenticationToken) first.getAuthentication()).setDetails("changed");
		first.setAuthentication(null); // as logging out does

		SecurityContext next = (SecurityContext) this.reader.convert(bytes);
		assertThat(next.getAuthentication()).isNotNull();
		assertThat(next.getAuthentication().isAuthenticated()).isTrue();
		assertThat(next.getAuthentication().getDetails()).isInstanceOf(WebAuthenticationDetails.class);
		assertThat(this.deserialised).hasValue(1);
	}

	@Test
	void otherBytesGiveTheirOwnValue() {
		SecurityContext coordinator = (SecurityContext) this.reader
			.convert(bytes(context("Петров П. П.", Role.COORDINATOR)));
		SecurityContext curator = (SecurityContext) this.reader.convert(bytes(context("Сидорова С. С.", Role.CURATOR)));

		assertThat(((OporaUserDetails) coordinator.getAuthentication().getPrincipal()).getFullName())
			.isEqualTo("Петров П. П.");
		assertThat(((OporaUserDetails) curator.getAuthentication().getPrincipal()).getFullName())
			.isEqualTo("Сидорова С. С.");
		assertThat(this.deserialised).hasValue(2);
	}

	@Test
	void aCsrfTokenIsDeserialisedOnceAndShared() {
		byte[] bytes = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-1"));

		Object first = this.reader.convert(bytes);
		Object second = this.reader.convert(bytes);

		assertThat(first).isSameAs(second).isInstanceOf(DefaultCsrfToken.class);
		assertThat(((DefaultCsrfToken) first).getToken()).isEqualTo("token-1");
		assertThat(this.deserialised).hasValue(1);
	}

	@Test
	void anyOtherValueIsDeserialisedForEachRequest() {
		List<Object> others = List.of(new ArrayList<>(List.of("a", "b")), "text",
				new SecurityContextImpl(new TestingAuthenticationToken("user", null, "ROLE_ADMIN")),
				new SecurityContextImpl(new AnonymousAuthenticationToken("key", "anonymous",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))),
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.unauthenticated(principal("Н. Н."), "pw")),
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("plain-user", null,
						AuthorityUtils.createAuthorityList("ROLE_ADMIN"))),
				new SecurityContextImpl());
		for (Object value : others) {
			byte[] bytes = bytes(value);
			int before = this.deserialised.get();
			Object first = this.reader.convert(bytes);
			Object second = this.reader.convert(bytes);
			assertThat(first).as("%s", value)
				.isNotSameAs(second)
				.hasSameClassAs(value)
				.hasToString(value.toString()
					.replaceAll("OporaUserDetails@[0-9a-f]+", "OporaUserDetails@" + principalHash(first)));
			assertThat(this.deserialised.get() - before).as("%s", value).isEqualTo(2);
		}
		assertThat(this.reader.size()).isZero();
	}

	@Test
	void theMemoryIsBounded() {
		for (int i = 0; i <= SessionAttributeReader.LIMIT; i++) {
			this.reader.convert(bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-" + i)));
		}
		assertThat(this.reader.size()).isBetween(1, SessionAttributeReader.LIMIT);
		Object again = this.reader.convert(bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-0")));
		assertThat(((DefaultCsrfToken) again).getToken()).isEqualTo("token-0");
	}

	private static String principalHash(Object value) {
		return (value instanceof SecurityContext context && context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof OporaUserDetails principal)
						? Integer.toHexString(principal.hashCode()) : "";
	}

	private Converter<byte[], Object> counting() {
		DeserializingConverter deserializer = new DeserializingConverter(getClass().getClassLoader());
		return (bytes) -> {
			this.deserialised.incrementAndGet();
			return deserializer.convert(bytes);
		};
	}

	private static SecurityContext context(String fullName, Role role) {
		OporaUserDetails principal = principal(fullName, role);
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, principal.getAuthorities());
		MockHttpServletRequest login = new MockHttpServletRequest();
		login.setRemoteAddr("10.0.0.7");
		authentication.setDetails(new WebAuthenticationDetails(login));
		return new SecurityContextImpl(authentication);
	}

	private static OporaUserDetails principal(String fullName) {
		return principal(fullName, Role.SCHOOL);
	}

	private static OporaUserDetails principal(String fullName, Role role) {
		return OporaUserDetails.of(new CurrentUser(7L, "user7", fullName, role, 1L, 2L, null));
	}

	private static byte[] bytes(Object value) {
		return new SerializingConverter().convert(value);
	}

}
