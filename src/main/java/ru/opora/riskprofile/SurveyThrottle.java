package ru.opora.riskprofile;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many answers one client (address and link) may submit in a sliding window:
 * {@code opora.survey.max-submissions} (30) per {@code opora.survey.window-minutes} (10).
 * A whole class answering from a school's one address fits; a flood does not. Kept in
 * memory, so nothing about respondents is stored; with several nodes each counts its own.
 * Its memory is bounded: keys are an address and a token of checked shape (at most ~110
 * characters), at most {@link #MAX_CLIENTS} clients are tracked, stale ones are swept at
 * most once a second, and a new client beyond the bound is refused until the sweep frees
 * room.
 */
@Component
class SurveyThrottle {

	/** At most this many tracked clients. */
	static final int MAX_CLIENTS = 10_000;

	private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong();

	private final Map<String, Deque<Long>> submissions = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxSubmissions;

	private final long windowMillis;

	SurveyThrottle(Clock clock, @Value("${opora.survey.max-submissions:30}") int maxSubmissions,
			@Value("${opora.survey.window-minutes:10}") int windowMinutes) {
		this.clock = clock;
		this.maxSubmissions = maxSubmissions;
		this.windowMillis = windowMinutes * 60_000L;
	}

	/**
	 * Counts a submission of the client; false when the client is over the limit (the
	 * refused attempt is not counted).
	 */
	boolean tryAcquire(String client) {
		long now = this.clock.millis();
		if (this.submissions.size() >= MAX_CLIENTS) {
			long last = this.lastSweep.get();
			if (now - last >= 1000 && this.lastSweep.compareAndSet(last, now)) {
				sweep(now);
			}
			if (this.submissions.size() >= MAX_CLIENTS && !this.submissions.containsKey(client)) {
				return false;
			}
		}
		Deque<Long> times = this.submissions.computeIfAbsent(client, (k) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst() <= now - this.windowMillis) {
				times.pollFirst();
			}
			if (times.size() >= this.maxSubmissions) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	int trackedClients() {
		return this.submissions.size();
	}

	int maxSubmissions() {
		return this.maxSubmissions;
	}

	private void sweep(long now) {
		for (Iterator<Map.Entry<String, Deque<Long>>> it = this.submissions.entrySet().iterator(); it.hasNext();) {
			Deque<Long> times = it.next().getValue();
			synchronized (times) {
				if (times.isEmpty() || times.peekLast() <= now - this.windowMillis) {
					it.remove();
				}
			}
		}
	}

}
