package ru.opora.users;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ru.opora.common.RateLimits;

/**
 * Failed logins per client address, shared by all nodes ({@link RateLimits} in
 * PostgreSQL): after {@code opora.security.max-failed-logins-per-address} (50) wrong
 * passwords within {@code opora.security.address-window-minutes} (10), refilled evenly,
 * the address's logins are refused before any password is checked. Successful logins cost
 * nothing, so a school's shared address is never stopped by its own people; the
 * per-account lockout ({@link LoginAttempts}) stays as it is. Together they stop one
 * address guessing the passwords of many accounts.
 */
@Component
class LoginThrottle {

	private final RateLimits limits;

	private final RateLimits.Limit limit;

	LoginThrottle(RateLimits limits, @Value("${opora.security.max-failed-logins-per-address:50}") int maxFailures,
			@Value("${opora.security.address-window-minutes:10}") int windowMinutes) {
		this.limits = limits;
		this.limit = new RateLimits.Limit("login-failures", maxFailures, Duration.ofMinutes(windowMinutes));
	}

	boolean allowed(String address) {
		return this.limits.hasRoom(this.limit, address);
	}

	void failed(String address) {
		this.limits.tryAcquire(this.limit, address);
	}

	/**
	 * Refuses a login form post from an address over its limit.
	 */
	static final class Filter extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		Filter(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod())
					&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!this.throttle.allowed(request.getRemoteAddr())) {
				response.sendRedirect(request.getContextPath() + "/login?error=throttled");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
