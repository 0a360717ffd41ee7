package ru.opora.common;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the large file imports (results, social passports, risk profiles) one after
 * another on a node and times them for the metrics endpoint ({@code opora.imports},
 * tagged with the kind of import and its outcome: {@code ok}, or the exception's simple
 * name).
 * <p>
 * The queue keeps the node inside its supported heap ({@code -Xmx512m}): one import of a
 * million rows fits, several at once did not. Imports beyond
 * {@code opora.imports.concurrent} (default 1) wait in arrival order; one that has waited
 * {@code opora.imports.max-wait} (default 2 minutes) is refused with «импорт занят» and
 * nothing is saved. The gauge {@code opora.imports.waiting} shows the queue.
 */
@Component
public class ImportTimer {

	static final String METER = "opora.imports";

	private final MeterRegistry registry;

	private final Semaphore slots;

	private final Duration maxWait;

	@Autowired
	ImportTimer(ObjectProvider<MeterRegistry> registry, @Value("${opora.imports.concurrent:1}") int concurrent,
			@Value("${opora.imports.max-wait:PT2M}") Duration maxWait) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
		this.slots = new Semaphore(Math.max(1, concurrent), true);
		this.maxWait = maxWait;
		this.registry.gauge("opora.imports.waiting", this.slots, Semaphore::getQueueLength);
	}

	ImportTimer(ObjectProvider<MeterRegistry> registry) {
		this(registry, 1, Duration.ofMinutes(2));
	}

	public <T> T time(String kind, Supplier<T> importing) {
		acquire();
		try {
			return timed(kind, importing);
		}
		finally {
			this.slots.release();
		}
	}

	private void acquire() {
		try {
			if (!this.slots.tryAcquire(this.maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ImportBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImportBusyException();
		}
	}

	private <T> T timed(String kind, Supplier<T> importing) {
		Timer.Sample sample = Timer.start(this.registry);
		String outcome = "ok";
		try {
			return importing.get();
		}
		catch (RuntimeException ex) {
			outcome = ex.getClass().getSimpleName();
			throw ex;
		}
		finally {
			sample.stop(Timer.builder(METER)
				.description("Duration of file imports")
				.tag("kind", kind)
				.tag("outcome", outcome)
				.register(this.registry));
		}
	}

	/**
	 * Another import has run on this node for longer than the wait allows.
	 */
	public static class ImportBusyException extends RuleViolationException {

		ImportBusyException() {
			super("import.busy");
		}

	}

}
