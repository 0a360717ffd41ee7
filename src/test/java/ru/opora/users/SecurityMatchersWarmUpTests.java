package ru.opora.users;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import org.springframework.boot.security.web.servlet.ApplicationContextRequestMatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.StaticWebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security chains' matchers that look beans up on their first use do so once the
 * beans exist, before the server takes a request (docs/benchmarks.md «Step 11c»).
 */
class SecurityMatchersWarmUpTests {

	@Test
	void aMatcherThatLooksBeansUpOnFirstUseIsInitialisedBeforeTheFirstRequest() {
		LookingUpMatcher management = new LookingUpMatcher(false);
		StaticWebApplicationContext context = context(management);

		new SecurityMatchersWarmUp(context, context.getBeanProvider(SecurityFilterChain.class))
			.afterSingletonsInstantiated();

		assertThat(management.initialisations).isEqualTo(1);
		assertThat(management.asked).containsExactly("GET /login");
	}

	@Test
	void aMatcherThatCannotBeInitialisedYetIsLeftToTheFirstRequestAndTheOthersAreStillInitialised() {
		LookingUpMatcher failing = new LookingUpMatcher(true);
		LookingUpMatcher other = new LookingUpMatcher(false);
		StaticWebApplicationContext context = context(failing, other);

		new SecurityMatchersWarmUp(context, context.getBeanProvider(SecurityFilterChain.class))
			.afterSingletonsInstantiated();

		assertThat(failing.initialisations).isEqualTo(1);
		assertThat(failing.asked).isEmpty();
		assertThat(other.initialisations).isEqualTo(1);
		assertThat(other.asked).containsExactly("GET /login");
	}

	@Test
	void theStandInIsALoginRequestForPathMatchers() {
		HttpServletRequest request = SecurityMatchersWarmUp.loginRequest(new MockServletContext());

		assertThat(PathPatternRequestMatcher.withDefaults().matcher("/login").matches(request)).isTrue();
		assertThat(PathPatternRequestMatcher.withDefaults().matcher("/survey/**").matches(request)).isFalse();
	}

	@Test
	void withoutAServletContextNothingIsAsked() {
		LookingUpMatcher matcher = new LookingUpMatcher(false);
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.registerBean("chain", SecurityFilterChain.class, () -> new DefaultSecurityFilterChain(matcher));
		context.refresh();

		new SecurityMatchersWarmUp(context, context.getBeanProvider(SecurityFilterChain.class))
			.afterSingletonsInstantiated();

		assertThat(matcher.initialisations).isZero();
	}

	private static StaticWebApplicationContext context(LookingUpMatcher... matchers) {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		MockServletContext servletContext = new MockServletContext();
		context.setServletContext(servletContext);
		servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		for (int i = 0; i < matchers.length; i++) {
			LookingUpMatcher matcher = matchers[i];
			context.registerBean("chain" + i, SecurityFilterChain.class, () -> new DefaultSecurityFilterChain(matcher));
		}
		context.refresh();
		return context;
	}

	/** Like Spring Boot's {@code EndpointRequest}: initialised on its first use. */
	static class LookingUpMatcher extends ApplicationContextRequestMatcher<WebApplicationContext> {

		private final boolean failing;

		int initialisations;

		final List<String> asked = new ArrayList<>();

		LookingUpMatcher(boolean failing) {
			super(WebApplicationContext.class);
			this.failing = failing;
		}

		@Override
		protected void initialized(Supplier<WebApplicationContext> context) {
			this.initialisations++;
			context.get();
			if (this.failing) {
				throw new IllegalStateException("not ready");
			}
		}

		@Override
		protected boolean matches(HttpServletRequest request, Supplier<WebApplicationContext> context) {
			this.asked.add(request.getMethod() + " " + request.getRequestURI());
			return false;
		}

	}

}
