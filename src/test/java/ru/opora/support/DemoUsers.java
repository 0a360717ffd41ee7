package ru.opora.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Demo accounts and schools by their names, for tests that act as a role.
 */
public final class DemoUsers {

	private final UserDetailsService userDetails;

	private final JdbcTemplate jdbc;

	public DemoUsers(UserDetailsService userDetails, JdbcTemplate jdbc) {
		this.userDetails = userDetails;
		this.jdbc = jdbc;
	}

	/**
	 * Acts as the demo user, with the principal the real login would produce.
	 */
	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.userDetails.loadUserByUsername(username));
	}

	public long school(String shortName) {
		return this.jdbc.queryForObject("select id from school where short_name = ?", Long.class, shortName);
	}

	public long user(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

}
