package ru.opora.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.notifications.NotificationService;
import ru.opora.users.UserService;

/**
 * Every morning: tells the school and its curators about measures of its road map that
 * fall due within 14 days («скоро срок») or are overdue — once per measure and state.
 * Safe on several nodes (ShedLock).
 */
@Component
@RequiredArgsConstructor
class RoadMapReminderJob {

	private final JdbcClient jdbc;

	private final NotificationService notifications;

	private final UserService users;

	private final CuratorAssignmentService assignments;

	private final Clock clock;

	@Scheduled(cron = "${opora.roadmap.reminder-cron:0 10 7 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "roadmap-deadline-reminders")
	@Transactional
	public void run() {
		LocalDate today = LocalDate.now(this.clock);
		List<DueMeasure> due = this.jdbc.sql("""
				select i.id, i.action, i.due_date, m.id as road_map_id, m.school_id, s.short_name
				from road_map_item i
				join road_map m on m.id = i.road_map_id
				join school s on s.id = m.school_id
				where m.kind = 'SCHOOL' and i.deleted_at is null and i.due_date is not null
				  and i.status not in ('DONE', 'NOT_DONE') and i.due_date <= ?""")
			.param(today.plusDays(ProgressRules.DUE_SOON_DAYS))
			.query((rs, n) -> new DueMeasure(rs.getLong("id"), rs.getString("action"),
					rs.getObject("due_date", LocalDate.class), rs.getLong("road_map_id"), rs.getLong("school_id"),
					rs.getString("short_name")))
			.list();
		// recipients per school, not per measure: a school has many measures due at once
		Map<Long, List<Long>> recipientsBySchool = new HashMap<>();
		for (DueMeasure measure : due) {
			boolean overdue = measure.dueDate().isBefore(today);
			List<Long> recipients = recipientsBySchool.computeIfAbsent(measure.schoolId(), (schoolId) -> {
				List<Long> list = new ArrayList<>(this.users.schoolAccounts(schoolId));
				list.addAll(this.assignments.activeCurators(schoolId));
				return list;
			});
			this.notifications.notify(recipients,
					overdue ? "notifications.roadmap.overdue" : "notifications.roadmap.soon",
					List.of(measure.schoolName(), (measure.action() != null) ? measure.action() : "",
							measure.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
					"/roadmaps/" + measure.roadMapId(),
					(overdue ? "roadmap-overdue-" : "roadmap-soon-") + measure.id());
		}
	}

	private record DueMeasure(Long id, String action, LocalDate dueDate, Long roadMapId, Long schoolId,
			String schoolName) {

	}

}
