package ru.opora.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the whole-portal tests: MockMvc, SQL access for assertions, the demo users,
 * {@link TestData} for rows of the test's own, and the test clock (fixed at
 * {@link MutableClock#DEFAULT}, reset before each test).
 */
@OporaSpringBootTest
public abstract class PortalIntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	protected MutableClock clock;

	protected DemoUsers demo;

	protected TestData data;

	@BeforeEach
	void setUpDemoUsers() {
		this.demo = new DemoUsers(this.userDetailsService, this.jdbc);
		this.data = new TestData(this.jdbc);
	}

}
