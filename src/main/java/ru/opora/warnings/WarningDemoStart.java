package ru.opora.warnings;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With the demo data (and scheduling on, so never in tests): computes the early warning
 * once at start-up when it was never computed, so that the demo shows every level at once
 * rather than after the first early-morning run.
 */
@Component
@ConditionalOnExpression("${opora.demo.enabled:false} and ${opora.scheduling.enabled:true} and '${opora.warnings.cron:on}' != '-'")
@RequiredArgsConstructor
class WarningDemoStart {

	private static final org.apache.commons.logging.Log log = org.apache.commons.logging.LogFactory
		.getLog(WarningDemoStart.class);

	private final WarningUpdater updater;

	private final JdbcClient jdbc;

	@EventListener(ApplicationReadyEvent.class)
	void computeOnce() {
		try {
			if (this.jdbc.sql("select count(*) from warning_level").query(Long.class).single() == 0) {
				this.updater.recomputeAll();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Early warning not computed at start-up: " + ex);
		}
	}

}
