package ru.opora.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

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
 * Every morning: reminds the accounts of the member schools and their curators of a
 * planned «День образовательных интенсивов» a week before (when it is 2–7 days away) and
 * a day before (when it is tomorrow or today) — once per day and kind of reminder, so a
 * missed morning is caught up. Safe on several nodes (ShedLock).
 */
@Component
@RequiredArgsConstructor
class IntensiveReminderJob {

	static final int WEEK = 7;

	private final JdbcClient jdbc;

	private final NotificationService notifications;

	private final UserService users;

	private final CuratorAssignmentService assignments;

	private final Clock clock;

	@Scheduled(cron = "${opora.intensives.reminder-cron:0 20 7 * * *}", zone = "${opora.time-zone:Europe/Moscow}")
	@SchedulerLock(name = "network-intensive-reminders")
	@Transactional
	public void run() {
		LocalDate today = LocalDate.now(this.clock);
		List<Upcoming> upcoming = this.jdbc.sql("""
				select d.id, d.network_id, d.held_on, d.title, d.place from intensive_day d
				where d.status = 'PLANNED' and d.held_on between ? and ? order by d.held_on, d.id""")
			.params(today, today.plusDays(WEEK))
			.query((rs, i) -> new Upcoming(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.list();
		for (Upcoming day : upcoming) {
			boolean tomorrow = !day.heldOn().isAfter(today.plusDays(1));
			List<Long> schools = this.jdbc.sql("select school_id from network_school where network_id = ?")
				.param(day.networkId())
				.query(Long.class)
				.list();
			List<Long> recipients = new ArrayList<>();
			for (Long school : schools) {
				recipients.addAll(this.users.schoolAccounts(school));
				recipients.addAll(this.assignments.activeCurators(school));
			}
			this.notifications
				.notify(recipients, tomorrow ? "network.intensives.reminder.day" : "network.intensives.reminder.week",
						List.of(day.title(), day.heldOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
								day.place()),
						"/networks/" + day.networkId() + "/intensives/" + day.id(),
						(tomorrow ? "intensive-day-" : "intensive-week-") + day.id());
		}
	}

	private record Upcoming(Long id, Long networkId, LocalDate heldOn, String title, String place) {

	}

}
