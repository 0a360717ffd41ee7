package ru.opora.common;

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

}
