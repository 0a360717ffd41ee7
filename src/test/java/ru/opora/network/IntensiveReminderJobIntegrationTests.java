package ru.opora.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.notifications.NotificationService;
import ru.opora.support.PortalIntegrationTest;
import ru.opora.users.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders of a «День образовательных интенсивов» a week and a day before, once each, to
 * the member schools only; the job is called with fixed clocks.
 */
class IntensiveReminderJobIntegrationTests extends PortalIntegrationTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	NotificationService notifications;

	@Autowired
	UserService users;

	@Autowired
	CuratorAssignmentService assignments;

	IntensiveReminderJob job(LocalDate today) {
		Clock clock = Clock.fixed(today.atTime(7, 20).atZone(MOSCOW).toInstant(), MOSCOW);
		return new IntensiveReminderJob(this.jdbcClient, this.notifications, this.users, this.assignments, clock);
	}

	int count(String username, String key) {
		return this.jdbc.queryForObject("select count(*) from notification where user_id = ? and dedupe_key = ?",
				Integer.class, this.demo.user(username), key);
	}

	@Test
	void remindsTheMembersAWeekAndADayBeforeOnce() {
		IntensiveFixture f = new IntensiveFixture(this.jdbc);
		LocalDate date = LocalDate.of(2031, 4, 24);
		long day = f.day(date, "Апрельский день");
		long cancelled = f.day(date.plusDays(1), "Отменённый день");
		this.jdbc.update("update intensive_day set status = 'CANCELLED' where id = ?", cancelled);

		job(date.minusDays(8)).run();
		assertThat(count(f.schoolA, "intensive-week-" + day)).as("eight days before: nothing yet").isZero();

		job(date.minusDays(7)).run();
		job(date.minusDays(6)).run();
		for (String member : new String[] { f.schoolA, f.schoolB }) {
			assertThat(count(member, "intensive-week-" + day)).as(member).isEqualTo(1);
			assertThat(count(member, "intensive-day-" + day)).as(member).isZero();
		}
		assertThat(count(f.schoolC, "intensive-week-" + day)).as("not a member").isZero();
		assertThat(count(f.coordinator, "intensive-week-" + day)).isZero();
		assertThat(this.jdbc.queryForObject("select link from notification where user_id = ? and dedupe_key = ?",
				String.class, this.demo.user(f.schoolB), "intensive-week-" + day))
			.isEqualTo("/networks/" + f.network + "/intensives/" + day);

		job(date.minusDays(1)).run();
		job(date.minusDays(1)).run();
		assertThat(count(f.schoolB, "intensive-day-" + day)).isEqualTo(1);
		assertThat(count(f.schoolB, "intensive-week-" + cancelled)).as("a cancelled day").isZero();
		assertThat(count(f.schoolB, "intensive-day-" + cancelled)).isZero();

		job(date.plusDays(1)).run();
		assertThat(this.jdbc.queryForObject("select count(*) from notification where dedupe_key like ?", Integer.class,
				"intensive-%-" + day))
			.as("2 members × 2 reminders, nothing after the day")
			.isEqualTo(4);
	}

}
