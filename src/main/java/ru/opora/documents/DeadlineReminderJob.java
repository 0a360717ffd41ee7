package ru.opora.documents;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning: reminds everyone concerned of concept documents due within 7 days or
 * overdue. Safe on several nodes (ShedLock); each person gets each reminder once.
 */
@Component
@RequiredArgsConstructor
class DeadlineReminderJob {

	private final DocumentService documents;

	private final DocumentNotifications notifications;

	@Scheduled(cron = "${opora.documents.reminder-cron:0 0 7 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "documents-deadline-reminders")
	@Transactional
	public void run() {
		this.documents.dueSoonOrOverdue().forEach(this.notifications::remind);
	}

}
