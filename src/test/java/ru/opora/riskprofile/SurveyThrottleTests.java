package ru.opora.riskprofile;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ru.opora.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey throttle's memory stays bounded whatever a flood sends.
 */
class SurveyThrottleTests {

	@Test
	void neverTracksMoreThanItsBoundAndFreesRoomOnceEntriesAreStale() {
		MutableClock clock = new MutableClock();
		SurveyThrottle throttle = new SurveyThrottle(clock, 30, 10);
		for (int i = 0; i < SurveyThrottle.MAX_CLIENTS + 500; i++) {
			throttle.tryAcquire("10.0.0.1|token-" + i);
		}
		assertThat(throttle.trackedClients()).isEqualTo(SurveyThrottle.MAX_CLIENTS);
		assertThat(throttle.tryAcquire("10.0.0.2|a-new-client")).as("refused while full").isFalse();
		assertThat(throttle.tryAcquire("10.0.0.1|token-1")).as("a tracked client still counts").isTrue();

		clock.move(Duration.ofMinutes(11));
		assertThat(throttle.tryAcquire("10.0.0.2|a-new-client")).isTrue();
		assertThat(throttle.trackedClients()).isLessThanOrEqualTo(2);
	}

	@Test
	void aClientOverItsLimitIsRefusedUntilTheWindowMoves() {
		MutableClock clock = new MutableClock();
		SurveyThrottle throttle = new SurveyThrottle(clock, 3, 10);
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.tryAcquire("c")).isTrue();
		}
		assertThat(throttle.tryAcquire("c")).isFalse();
		clock.move(Duration.ofMinutes(10));
		assertThat(throttle.tryAcquire("c")).isTrue();
	}

	@Test
	void onlyTokenShapedPathsAreLinks() {
		assertThat(SurveyService.isTokenShaped("demo-undino-2026-principal-7c1f3a9e2b")).isTrue();
		assertThat(SurveyService.isTokenShaped(SurveyService.newToken())).isTrue();
		assertThat(SurveyService.isTokenShaped("x".repeat(16_000))).isFalse();
		assertThat(SurveyService.isTokenShaped("short")).isFalse();
		assertThat(SurveyService.isTokenShaped("demo-undino-2026-principal-7c1f3a9e2b'")).isFalse();
	}

}
