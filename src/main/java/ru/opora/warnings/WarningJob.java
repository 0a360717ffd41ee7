package ru.opora.warnings;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every early morning (Moscow): recomputes the early warning of every participant school
 * and sends what it calls for. Safe on several nodes (ShedLock) and when run twice
 * (notification dedupe keys). Off with {@code opora.warnings.cron=-}.
 */
@Component
@RequiredArgsConstructor
class WarningJob {

	private final WarningUpdater updater;

	@Scheduled(cron = "${opora.warnings.cron:0 30 5 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "early-warnings")
	public void run() {
		this.updater.recomputeAll();
	}

}
