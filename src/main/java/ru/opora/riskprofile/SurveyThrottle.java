package ru.opora.riskprofile;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ru.opora.common.RateLimits;

/**
 * Limits how many answers one client (address and link) may submit:
 * {@code opora.survey.max-submissions} (30) per {@code opora.survey.window-minutes} (10),
 * refilled evenly over the window. A whole class answering from a school's one address
 * fits; a flood does not. The count is kept in PostgreSQL ({@link RateLimits}), so all
 * nodes share it; nothing about respondents is stored but the address and link, and a
 * client's row is removed once its limit is whole again.
 */
@Component
class SurveyThrottle {

	private final RateLimits limits;

	private final RateLimits.Limit limit;

	SurveyThrottle(RateLimits limits, @Value("${opora.survey.max-submissions:30}") int maxSubmissions,
			@Value("${opora.survey.window-minutes:10}") int windowMinutes) {
		this.limits = limits;
		this.limit = new RateLimits.Limit("survey", maxSubmissions, Duration.ofMinutes(windowMinutes));
	}

	/**
	 * Counts a submission of the client; false when the client is over the limit (the
	 * refused attempt is not counted).
	 */
	boolean tryAcquire(String client) {
		return this.limits.tryAcquire(this.limit, client);
	}

	int maxSubmissions() {
		return (int) this.limit.capacity();
	}

}
