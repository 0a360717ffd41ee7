package ru.opora.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.common.ImportTimer;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two imports at once on a node: the second waits, and its owner's upload page (polling
 * {@code /imports/queue}) says so, then that it runs, then nothing.
 */
class ImportQueueIntegrationTests extends PortalIntegrationTest {

	@Autowired
	ImportTimer imports;

	@Test
	void theUploadPageShowsTheOwnerTheirPlaceInTheQueue() throws Exception {
		String other = "someone-else-" + UUID.randomUUID();
		String me = "coordinator";
		CountDownLatch firstRunning = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CountDownLatch secondRunning = new CountDownLatch(1);
		CountDownLatch releaseSecond = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			assertThat(queue(me)).doesNotContain("import-waiting", "import-running")
				.contains("hx-trigger=\"every 2s\"");
			Future<String> first = pool.submit(() -> this.imports.time("analysis-results", other, () -> {
				firstRunning.countDown();
				await(releaseFirst);
				return "first";
			}));
			assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
			Future<String> second = pool.submit(() -> this.imports.time("risk-profiles", me, () -> {
				secondRunning.countDown();
				await(releaseSecond);
				return "second";
			}));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (this.imports.position(me).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(queue(me)).contains("id=\"import-waiting\"").contains("Импорт в очереди: перед вами 1");

			releaseFirst.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
			assertThat(secondRunning.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(queue(me)).contains("id=\"import-running\"").doesNotContain("import-waiting");

			releaseSecond.countDown();
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
			assertThat(queue(me)).doesNotContain("import-waiting", "import-running");
		}
		finally {
			releaseFirst.countDown();
			releaseSecond.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void theImportPagesPollTheQueue() throws Exception {
		String page = this.mvc.perform(get("/analysis/import").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"import-queue\"").contains("hx-get=\"/imports/queue\"");
	}

	private String queue(String username) throws Exception {
		return this.mvc.perform(get("/imports/queue").with(this.demo.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
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
