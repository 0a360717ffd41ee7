package ru.opora.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.notifications.NotificationService;
import ru.opora.users.UserService;

/**
 * Every morning: tells the school and its curators about measures of its road map that
 * fall due within 14 days («скоро срок») or are overdue — once per measure, state and
 * deadline (a moved deadline is announced again). Closed programme years are left out.
 * Each measure's reminders are written in a transaction of their own: one that fails is
 * logged and never stops the others. Safe on several nodes (ShedLock).
 */
@Component
@RequiredArgsConstructor
class RoadMapReminderJob {

	private static final Log log = LogFactory.getLog(RoadMapReminderJob.class);

	private final JdbcClient jdbc;

	private final NotificationService notifications;

	private final UserService users;

	private final CuratorAssignmentService assignments;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * Sends today's reminders.
	 */
	@Scheduled(cron = "${opora.roadmap.reminder-cron:0 10 7 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "roadmap-deadline-reminders")
	public void run() {
		LocalDate today = LocalDate.now(this.clock);
		List<DueMeasure> due = this.jdbc.sql("""
				select i.id, i.action, i.due_date, m.id as road_map_id, m.school_id, s.short_name
				from road_map_item i
				join road_map m on m.id = i.road_map_id
				join programme_year p on p.id = m.programme_year_id
				join school s on s.id = m.school_id
				where m.kind = 'SCHOOL' and not p.closed and i.deleted_at is null and i.due_date is not null
				  and i.status not in ('DONE', 'NOT_DONE') and i.due_date <= ?
				order by i.id""")
			.param(today.plusDays(ProgressRules.DUE_SOON_DAYS))
			.query((rs, n) -> new DueMeasure(rs.getLong("id"), rs.getString("action"),
					rs.getObject("due_date", LocalDate.class), rs.getLong("road_map_id"), rs.getLong("school_id"),
					rs.getString("short_name")))
			.list();
		int failed = 0;
		// recipients per school, not per measure: a school has many measures due at once
		Map<Long, List<Long>> recipientsBySchool = new HashMap<>();
		for (DueMeasure measure : due) {
			try {
				this.transactions.executeWithoutResult((status) -> remind(measure, today, recipientsBySchool));
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Road-map reminder for measure " + measure.id() + " not sent: " + ex);
			}
		}
		if (failed > 0) {
			log.warn(failed + " of " + due.size() + " road-map reminders could not be sent");
		}
	}

	private void remind(DueMeasure measure, LocalDate today, Map<Long, List<Long>> recipientsBySchool) {
		boolean overdue = measure.dueDate().isBefore(today);
		List<Long> recipients = recipientsBySchool.computeIfAbsent(measure.schoolId(), (schoolId) -> {
			List<Long> list = new ArrayList<>(this.users.schoolAccounts(schoolId));
			list.addAll(this.assignments.activeCurators(schoolId));
			return list;
		});
		this.notifications.notify(recipients, overdue ? "notifications.roadmap.overdue" : "notifications.roadmap.soon",
				List.of(measure.schoolName(), (measure.action() != null) ? measure.action() : "",
						measure.dueDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
				"/roadmaps/" + measure.roadMapId(),
				(overdue ? "roadmap-overdue-" : "roadmap-soon-") + measure.id() + "-" + measure.dueDate());
	}

	private record DueMeasure(Long id, String action, LocalDate dueDate, Long roadMapId, Long schoolId,
			String schoolName) {

	}

}
