package ru.opora.common;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>
 * The import runs inside the upload request, so the request itself waits in the queue.
 * Meanwhile the upload page asks {@link #position(String)} every few seconds (HTMX poll
 * of {@code /imports/queue}) and shows «Импорт в очереди: перед вами N» or «Идёт импорт»
 * to the person whose import it is. The queue is per node.
 */
@Component
public class ImportTimer {

	static final String METER = "opora.imports";

	private final MeterRegistry registry;

	private final Semaphore slots;

	private final Duration maxWait;

	/** Imports on this node, running and waiting, in arrival order. */
	private final Map<Long, Ticket> tickets = new LinkedHashMap<>();

	private final AtomicLong nextTicket = new AtomicLong();

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
		return time(kind, null, importing);
	}

	/**
	 * Runs the import when its turn comes, timed.
	 * @param owner the username of who imports (to show them their place in the queue)
	 */
	public <T> T time(String kind, String owner, Supplier<T> importing) {
		Ticket ticket = enqueue(owner);
		try {
			acquire();
			try {
				start(ticket);
				return timed(kind, importing);
			}
			finally {
				this.slots.release();
			}
		}
		finally {
			dequeue(ticket);
		}
	}

	/**
	 * Where the owner's earliest import on this node stands: running, or waiting with
	 * {@code ahead} imports (running or waiting) before it; empty if they have none.
	 */
	public Optional<QueuePosition> position(String owner) {
		if (owner == null) {
			return Optional.empty();
		}
		synchronized (this.tickets) {
			int ahead = 0;
			for (Ticket ticket : this.tickets.values()) {
				if (owner.equals(ticket.owner)) {
					return Optional.of(new QueuePosition(ticket.running, ticket.running ? 0 : ahead));
				}
				ahead++;
			}
			return Optional.empty();
		}
	}

	/**
	 * An owner's import: running now, or waiting behind {@code ahead} others.
	 */
	public record QueuePosition(boolean running, int ahead) {

	}

	private Ticket enqueue(String owner) {
		Ticket ticket = new Ticket(this.nextTicket.incrementAndGet(), owner);
		synchronized (this.tickets) {
			this.tickets.put(ticket.id, ticket);
		}
		return ticket;
	}

	private void start(Ticket ticket) {
		synchronized (this.tickets) {
			ticket.running = true;
		}
	}

	private void dequeue(Ticket ticket) {
		synchronized (this.tickets) {
			this.tickets.remove(ticket.id);
		}
	}

	private static final class Ticket {

		final long id;

		final String owner;

		boolean running;

		Ticket(long id, String owner) {
			this.id = id;
			this.owner = owner;
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
