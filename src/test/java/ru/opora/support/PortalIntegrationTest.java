package ru.opora.support;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

	/** The HTML of a page as a demo user sees it; the answer must be 200. */
	protected String body(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
