package ru.opora;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configurations left out to shorten the start (application.properties,
 * docs/benchmarks.md «Step 10d») or to take Logback's turbo filter off every request
 * («Step 13») are off, and what the portal needs of the same libraries is still there:
 * the repositories, the scheduled jobs, the request metrics.
 */
class StartupConfigurationIntegrationTests extends PortalIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry meters;

	@Test
	void springDataWebSupportAndRepositoryMetricsAreOff() {
		assertThat(this.context.getBeanNamesForType(PageableHandlerMethodArgumentResolver.class)).isEmpty();
		assertThat(this.context.containsBean("metricsRepositoryMethodInvocationListener")).isFalse();
		assertThat(this.context.containsBean("repositoryTagsProvider")).isFalse();
	}

	@Test
	void logbackHasNoTurboFilterAndCountsNoEvents() {
		// a turbo filter is asked on every logger's level check (docs/benchmarks.md «Step
		// 13»)
		assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList()).isEmpty();
		LoggerFactory.getLogger(StartupConfigurationIntegrationTests.class).warn("a warning that is not counted");
		assertThat(this.meters.find("logback.events").counters()).isEmpty();
	}

	@Test
	void theRepositoriesAndTheScheduledJobsAreStillThere() {
		assertThat(this.context.getBeanNamesForType(Repository.class)).hasSizeGreaterThan(30);
		List<String> jobs = new ArrayList<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Class<?> type = this.context.getType(name);
			if (type != null && Arrays.stream(ClassUtils.getUserClass(type).getDeclaredMethods())
				.anyMatch((method) -> method.isAnnotationPresent(Scheduled.class))) {
				jobs.add(ClassUtils.getUserClass(type).getSimpleName());
			}
		}
		assertThat(jobs).contains("DeadlineReminderJob", "RoadMapReminderJob", "IntensiveReminderJob",
				"TeacherAnonymisationJob", "WarningJob", "DataChangeCompaction", "RateLimits");
	}

	@Test
	void aPageRequestIsStillTimed() throws Exception {
		body("coordinator", "/schools");
		assertThat(this.meters.find("http.server.requests").tag("uri", "/schools").timer()).isNotNull();
	}

}
