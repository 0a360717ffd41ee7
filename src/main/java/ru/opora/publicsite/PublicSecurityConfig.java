package ru.opora.publicsite;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public pages {@code /public/**}: open without an account, stateless (no session, no
 * security context, no CSRF: nothing there changes anything), with a CSP stricter than
 * the portal's: the page needs only its own style sheet, no script, no image, no form, no
 * frame. The other security headers as in the portal. Cache headers come from the
 * controller ({@code Cache-Control: public} with an ETag).
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfig {

	/** Only the page's style sheet; nothing else loads, nothing may frame the page. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/public/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
