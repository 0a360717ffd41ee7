package ru.opora.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the whole-portal tests: MockMvc, SQL access for assertions, and the demo users.
 */
@OporaSpringBootTest
public abstract class PortalIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	protected DemoUsers demo;

	@BeforeEach
	void setUpDemoUsers() {
		this.demo = new DemoUsers(this.userDetailsService, this.jdbc);
	}

}
