package ru.opora.common;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits shared by every node: token buckets in PostgreSQL
 * ({@code rate_limit_bucket}, Bucket4j's PostgreSQL backend, one
 * {@code select … for update} per check), timed by the portal's clock. A client's bucket
 * holds {@link Limit#capacity()} tokens and refills them evenly over
 * {@link Limit#window()}; its row is removed once it would be full again (swept every
 * five minutes where scheduling runs).
 */
@Component
public class RateLimits {

	private static final Log log = LogFactory.getLog(RateLimits.class);

	private static final int MAX_KEY_LENGTH = 400;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	public RateLimits(DataSource dataSource, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(new TimeMeter() {
				@Override
				public long currentTimeNanos() {
					return clock.millis() * 1_000_000L;
				}

				@Override
				public boolean isWallClockBased() {
					return true;
				}
			})
			.build();
	}

	/**
	 * Takes a token from the client's bucket; false (and nothing taken) when it is empty.
	 */
	public boolean tryAcquire(Limit limit, String client) {
		return bucket(limit, client).tryConsume(1);
	}

	/**
	 * Whether the client's bucket still has a token, without taking one.
	 */
	public boolean hasRoom(Limit limit, String client) {
		return bucket(limit, client).getAvailableTokens() > 0;
	}

	/**
	 * Removes the buckets that are full again; returns how many.
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	public int removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = this.buckets.removeExpired(1000);
			removed += batch;
		}
		while (batch == 1000);
		if (removed > 0) {
			log.debug("Removed " + removed + " expired rate-limit buckets");
		}
		return removed;
	}

	private io.github.bucket4j.distributed.BucketProxy bucket(Limit limit, String client) {
		String key = limit.name() + "|" + client;
		if (key.length() > MAX_KEY_LENGTH) {
			key = key.substring(0, MAX_KEY_LENGTH);
		}
		return this.buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit((bandwidth) -> bandwidth.capacity(limit.capacity())
							.refillGreedy(limit.capacity(), limit.window()))
						.build());
	}

	/**
	 * A named limit: at most {@code capacity} actions per {@code window}, refilled
	 * evenly.
	 */
	public record Limit(String name, long capacity, Duration window) {

	}

}
