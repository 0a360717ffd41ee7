package ru.opora.common;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports are timed by kind and outcome; a failing import is timed and still fails.
 */
class ImportTimerTests {

	@Test
	void timesImportsByKindAndOutcome() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("registry", registry);
		ImportTimer timer = new ImportTimer(beans.getBeanProvider(MeterRegistry.class));

		assertThat(timer.time("analysis-results", () -> "report")).isEqualTo("report");
		assertThatThrownBy(() -> timer.time("analysis-results", () -> {
			throw new IllegalStateException("broken file");
		})).hasMessage("broken file");

		assertThat(registry.get(ImportTimer.METER).tag("kind", "analysis-results").tag("outcome", "ok").timer().count())
			.isEqualTo(1);
		assertThat(registry.get(ImportTimer.METER)
			.tag("kind", "analysis-results")
			.tag("outcome", "IllegalStateException")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void twoImportsAtOnceRunOneAfterTheOtherAndBothSucceed() throws Exception {
		ImportTimer timer = new ImportTimer(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class), 1,
				Duration.ofSeconds(30));
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(() -> timer.time("analysis-results", () -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				firstRunning.countDown();
				await(releaseFirst);
				running.decrementAndGet();
				return "first";
			}));
			assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
			Future<String> second = pool.submit(() -> timer.time("analysis-results", () -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				running.decrementAndGet();
				return "second";
			}));
			// the second waits in the queue while the first runs
			Thread.sleep(200);
			assertThat(second.isDone()).isFalse();
			releaseFirst.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
			assertThat(mostAtOnce.get()).isEqualTo(1);
		}
		finally {
			releaseFirst.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void eachOwnerSeesWhereTheirImportStandsInTheQueue() throws Exception {
		ImportTimer timer = new ImportTimer(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class), 1,
				Duration.ofSeconds(30));
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(() -> timer.time("analysis-results", "anna", () -> {
				firstRunning.countDown();
				await(releaseFirst);
				return "first";
			}));
			assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
			Future<String> second = pool.submit(() -> timer.time("risk-profiles", "boris", () -> "second"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (timer.position("boris").isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(timer.position("anna")).contains(new ImportTimer.QueuePosition(true, 0));
			assertThat(timer.position("boris")).as("waits behind anna's import")
				.contains(new ImportTimer.QueuePosition(false, 1));
			assertThat(timer.position("carl")).isEmpty();
			assertThat(timer.position(null)).isEmpty();
			releaseFirst.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
			assertThat(timer.position("anna")).as("done imports leave the queue").isEmpty();
			assertThat(timer.position("boris")).isEmpty();
		}
		finally {
			releaseFirst.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void aRefusedImportLeavesTheQueue() {
		ImportTimer timer = new ImportTimer(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class), 1,
				Duration.ofSeconds(30));
		assertThatThrownBy(() -> timer.time("risk-profiles", "dina", () -> {
			throw new IllegalStateException("broken file");
		})).hasMessage("broken file");
		assertThat(timer.position("dina")).isEmpty();
	}

	@Test
	void anImportThatWaitedTooLongIsRefusedAndTheFirstStillFinishes() throws Exception {
		ImportTimer timer = new ImportTimer(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class), 1,
				Duration.ofMillis(50));
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<String> first = pool.submit(() -> timer.time("risk-profiles", () -> {
				firstRunning.countDown();
				await(releaseFirst);
				return "first";
			}));
			assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
			assertThatThrownBy(() -> timer.time("risk-profiles", () -> "second"))
				.isInstanceOf(ImportTimer.ImportBusyException.class)
				.hasMessage("import.busy");
			releaseFirst.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
			// the slot is free again
			assertThat(timer.time("risk-profiles", () -> "third")).isEqualTo("third");
		}
		finally {
			releaseFirst.countDown();
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
