package ru.opora.documents;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: reminds everyone concerned of concept documents due within 7 days or
 * overdue. Safe on several nodes (ShedLock); each person gets each reminder once per
 * deadline. Each participant's reminders are written in a transaction of their own: one
 * that fails is logged and never stops the others.
 */
@Component
@RequiredArgsConstructor
class DeadlineReminderJob {

	private static final Log log = LogFactory.getLog(DeadlineReminderJob.class);

	private final DocumentService documents;

	private final DocumentNotifications notifications;

	private final TransactionTemplate transactions;

	@Scheduled(cron = "${opora.documents.reminder-cron:0 0 7 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "documents-deadline-reminders")
	public void run() {
		for (DocumentService.DueDocument due : this.documents.dueSoonOrOverdue()) {
			try {
				this.transactions.executeWithoutResult((status) -> this.notifications.remind(due));
			}
			catch (RuntimeException ex) {
				log.warn("Document deadline reminder for school " + due.schoolId() + " in programme year "
						+ due.programmeYearId() + " not sent: " + ex);
			}
		}
	}

}
