package ru.opora.riskprofile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import ru.opora.users.SecurityConfig;

/**
 * The respondents' area {@code /survey/**}: open without an account, stateless (no
 * session, so a respondent leaves no trace and a flood creates no sessions) and without
 * CSRF tokens (there is no session to protect; the link's token is the only key). The
 * same security headers as the rest of the portal.
 */
@Configuration(proxyBeanMethods = false)
class SurveySecurityConfig {

	@Bean
	@Order(1)
	SecurityFilterChain surveyFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/survey/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityConfig.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.sameOrigin())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(
						(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
