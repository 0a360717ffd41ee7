package ru.opora.riskprofile;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.common.RateLimits;
import ru.opora.support.MutableClock;
import ru.opora.support.OporaSpringBootTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey throttle on the shared PostgreSQL buckets: a client over its limit is
 * refused until its bucket refills, two nodes (two throttles on one database) share one
 * count, and a client's row goes once its limit is whole again.
 */
@OporaSpringBootTest
class SurveyThrottleTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	MutableClock clock = new MutableClock();

	RateLimits limits;

	@BeforeEach
	void limits() {
		this.limits = new RateLimits(this.dataSource, this.clock);
	}

	@Test
	void aClientOverItsLimitIsRefusedUntilTheWindowMoves() {
		SurveyThrottle throttle = new SurveyThrottle(this.limits, 3, 10);
		String client = TestData.unique("10.0.0.1|token");
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.tryAcquire(client)).isTrue();
		}
		assertThat(throttle.tryAcquire(client)).isFalse();
		assertThat(throttle.tryAcquire(TestData.unique("10.0.0.2|token"))).as("another client").isTrue();
		this.clock.move(Duration.ofMinutes(10));
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.tryAcquire(client)).isTrue();
		}
		assertThat(throttle.tryAcquire(client)).isFalse();
	}

	@Test
	void twoNodesShareOneCount() {
		SurveyThrottle first = new SurveyThrottle(this.limits, 4, 10);
		SurveyThrottle second = new SurveyThrottle(new RateLimits(this.dataSource, this.clock), 4, 10);
		String client = TestData.unique("10.0.0.3|token");
		assertThat(first.tryAcquire(client)).isTrue();
		assertThat(second.tryAcquire(client)).isTrue();
		assertThat(first.tryAcquire(client)).isTrue();
		assertThat(second.tryAcquire(client)).isTrue();
		assertThat(first.tryAcquire(client)).isFalse();
		assertThat(second.tryAcquire(client)).isFalse();
	}

	@Test
	void aClientsRowGoesOnceItsLimitIsWholeAgain() throws InterruptedException {
		// the sweep compares with the database rows' expiry in real time (Bucket4j's own)
		RateLimits.Limit brief = new RateLimits.Limit("survey", 2, Duration.ofSeconds(2));
		RateLimits.Limit usual = new RateLimits.Limit("survey", 2, Duration.ofMinutes(10));
		String refilled = TestData.unique("10.0.0.4|token");
		String recent = TestData.unique("10.0.0.5|token");
		assertThat(this.limits.tryAcquire(brief, refilled)).isTrue();
		assertThat(this.limits.tryAcquire(usual, recent)).isTrue();
		assertThat(rows(refilled)).isEqualTo(1);
		Thread.sleep(1500);
		this.limits.removeExpired();
		assertThat(rows(refilled)).isZero();
		assertThat(rows(recent)).as("not whole yet").isEqualTo(1);
	}

	@Test
	void onlyTokenShapedPathsAreLinks() {
		assertThat(SurveyService.isTokenShaped("demo-undino-2026-principal-7c1f3a9e2b")).isTrue();
		assertThat(SurveyService.isTokenShaped(SurveyService.newToken())).isTrue();
		assertThat(SurveyService.isTokenShaped("x".repeat(16_000))).isFalse();
		assertThat(SurveyService.isTokenShaped("short")).isFalse();
		assertThat(SurveyService.isTokenShaped("demo-undino-2026-principal-7c1f3a9e2b'")).isFalse();
	}

	private int rows(String client) {
		return this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Integer.class,
				"survey|" + client);
	}

}
