package ru.opora.users;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * URL areas per role, form login, CSRF, session fixation protection and the security
 * headers. Per-school rules live in the services (see {@code SchoolAccess}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

	/**
	 * Scripts, styles and images only from the portal itself: no inline script or style.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

	/**
	 * Actuator: the health probes are open to everybody (details only for an
	 * administrator); metrics and every other endpoint only from the internal networks
	 * ({@code opora.management.internal-networks}, CIDR blocks, loopback by default) or
	 * for an administrator, by form login or HTTP Basic (for a scraper). The client's
	 * address is Tomcat's, which honours {@code X-Forwarded-For} only from trusted
	 * proxies.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http,
			@Value("${opora.management.internal-networks:127.0.0.1/32,::1/128}") List<String> internalNetworks)
			throws Exception {
		List<IpAddressMatcher> networks = internalNetworks.stream()
			.map(String::strip)
			.filter((n) -> !n.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		AuthorizationManager<RequestAuthorizationContext> internal = (authentication,
				context) -> new AuthorizationDecision(
						networks.stream().anyMatch((network) -> network.matches(context.getRequest())));
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.access(AuthorizationManagers.anyOf(internal,
						AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()))))
			.httpBasic((basic) -> basic.realmName("opora-management"))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(EndpointRequest.toAnyEndpoint()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<LoginThrottle> loginThrottle)
			throws Exception {
		LoginThrottle throttle = loginThrottle.getIfAvailable();
		if (throttle != null) {
			http.addFilterBefore(new LoginThrottle.Filter(throttle), UsernamePasswordAuthenticationFilter.class);
		}
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/schools/new", "/schools/*/edit")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/schools", "/schools/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/assignments/**")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers("/analysis/import/**", "/schools/*/passport")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/programmes/*/profiles/import", "/programmes/*/profiles/template.*")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers("/programmes/*/heatmap/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name(), Role.REGIONAL_OBSERVER.name())
			.requestMatchers("/analysis/**", "/indicators", "/indicators/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name(), Role.REGIONAL_OBSERVER.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(loginFailureHandler(throttle))
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new BodyOrHeaderCsrfTokenRequestHandler()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// an HTMX request whose session expired reloads the page (and so reaches the
			// login
			// page) instead of swapping the login form into a fragment
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.sameOrigin())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * No observation (timer and scope) around each security filter, the authentication
	 * and each authorization: requests are observed once as {@code http.server.requests};
	 * the per-filter observations cost more CPU than some of the filters
	 * (docs/benchmarks.md).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Form login against the accounts: the lockout is counted before the password is
	 * checked ({@link LoginAttempts}); «disabled» is said only to whoever knows the
	 * password.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, ObjectProvider<LoginAttempts> loginAttempts) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
			LoginAttempts attempts = loginAttempts.getIfAvailable();
			if (attempts != null) {
				attempts.check(user);
			}
		});
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Disabled");
			}
		});
		return provider;
	}

	@Bean
	UserDetailsService userDetailsService(UserService users) {
		return (username) -> users.userDetails(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	/**
	 * Tells the login page why a login failed, without saying whether the login exists: a
	 * locked account answers like a wrong password or an unknown login; «disabled» only
	 * comes after the right password.
	 */
	private static AuthenticationFailureHandler loginFailureHandler(LoginThrottle throttle) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			if (throttle != null && !(exception instanceof DisabledException)) {
				throttle.failed(request.getRemoteAddr());
			}
			String reason = (exception instanceof DisabledException) ? "disabled" : "bad";
			redirect(request, response, "/login?error=" + reason);
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
