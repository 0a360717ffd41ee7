package ru.opora.common;

import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run by one node at a time (ShedLock on the {@code shedlock} table,
 * with the database's clock). A lock is held at least a minute, so that a node whose
 * clock is a few seconds late finds the job done rather than runs it again. Runs are
 * timed ({@code opora.jobs.runs}, by job) and the firings another node had already taken
 * counted ({@code opora.jobs.skipped}). Off with {@code opora.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "opora.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", defaultLockAtLeastFor = "PT1M")
class SchedulingConfig {

	static final String RUNS = "opora.jobs.runs";

	static final String SKIPPED = "opora.jobs.skipped";

	@Bean
	LockProvider lockProvider(DataSource dataSource, ObjectProvider<MeterRegistry> registry) {
		return new MeteredLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build()), registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * Times the runs a node got the lock for, and counts the ones it did not.
	 */
	record MeteredLockProvider(LockProvider locks, MeterRegistry registry) implements LockProvider {

		@Override
		public Optional<SimpleLock> lock(LockConfiguration configuration) {
			Optional<SimpleLock> lock = this.locks.lock(configuration);
			String job = configuration.getName();
			if (lock.isEmpty()) {
				Counter.builder(SKIPPED)
					.description("Scheduled job firings skipped because another node holds the job's lock")
					.tag("job", job)
					.register(this.registry)
					.increment();
				return lock;
			}
			Timer.Sample sample = Timer.start(this.registry);
			SimpleLock acquired = lock.get();
			return Optional.of(new SimpleLock() {
				@Override
				public void unlock() {
					sample.stop(Timer.builder(RUNS)
						.description("Scheduled job runs on this node")
						.tag("job", job)
						.register(MeteredLockProvider.this.registry));
					acquired.unlock();
				}

				@Override
				public Optional<SimpleLock> extend(java.time.Duration lockAtMostFor,
						java.time.Duration lockAtLeastFor) {
					return acquired.extend(lockAtMostFor, lockAtLeastFor);
				}
			});
		}

	}

}
