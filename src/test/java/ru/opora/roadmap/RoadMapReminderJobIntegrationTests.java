package ru.opora.roadmap;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures of a school road map due within 14 days or overdue are announced once to the
 * school and its curators. The road map is the test's own (a programme year of its own),
 * and every count is scoped to its link; the job runs through its own method with the
 * test clock.
 */
class RoadMapReminderJobIntegrationTests extends PortalIntegrationTest {

	@Autowired
	RoadMapReminderJob job;

	long zhidka;

	long map;

	long section;

	@BeforeEach
	void roadMapOfItsOwn() {
		this.zhidka = this.demo.school("Жидкинская ООШ");
		long year = this.data.programmeYear(2026, this.clock.today().plusMonths(3), this.zhidka);
		this.map = this.data.schoolRoadMap(year, this.zhidka, 3);
		this.section = this.data.section(this.map, 3);
	}

	@Test
	void announcesDueAndOverdueMeasuresOnce() {
		LocalDate today = this.clock.today();
		this.data.measure(this.section, "Открытые уроки", today.plusDays(3), "IN_PROGRESS");

		this.job.run();
		this.job.run();

		for (String user : List.of("school", "curator2")) {
			assertThat(reminders(user, "notifications.roadmap.soon")).as(user).isEqualTo(1);
		}
		assertThat(reminders("curator", "notifications.roadmap.soon")).as("a curator of another school").isZero();
		assertThat(reminders("school", "notifications.roadmap.overdue")).isZero();

		this.clock.move(Duration.ofDays(4));
		this.job.run();
		this.job.run();
		assertThat(reminders("school", "notifications.roadmap.overdue")).isEqualTo(1);
		assertThat(reminders("curator2", "notifications.roadmap.overdue")).isEqualTo(1);
	}

	@Test
	void aDoneOrDistantMeasureIsNeverAnnounced() {
		LocalDate today = this.clock.today();
		this.data.measure(this.section, "Сделано", today.minusDays(1), "DONE");
		this.data.measure(this.section, "Не сделано", today.minusDays(1), "NOT_DONE");
		this.data.measure(this.section, "Далеко", today.plusDays(15), "IN_PROGRESS");

		this.job.run();

		assertThat(this.jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
				"/roadmaps/" + this.map))
			.isZero();
	}

	@Test
	void aMovedDeadlineIsAnnouncedAgain() {
		LocalDate today = this.clock.today();
		long measure = this.data.measure(this.section, "Педсовет", today.plusDays(3), "IN_PROGRESS");
		this.job.run();
		this.jdbc.update("update road_map_item set due_date = ? where id = ?", today.plusDays(10), measure);
		this.job.run();
		this.job.run();

		assertThat(reminders("school", "notifications.roadmap.soon")).isEqualTo(2);
	}

	@Test
	void aLongActionStillFitsItsReminder() {
		this.data.measure(this.section, "Очень длинное мероприятие. ".repeat(150), this.clock.today().plusDays(2),
				"NOT_STARTED");

		this.job.run();

		assertThat(reminders("school", "notifications.roadmap.soon")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select max(length(arguments)) from notification where link = ?",
				Integer.class, "/roadmaps/" + this.map))
			.isLessThanOrEqualTo(2000);
	}

	@Test
	void aReminderThatFailsNeverStopsTheOthers() {
		LocalDate today = this.clock.today();
		long failingYear = this.data.programmeYear(2026, today.plusMonths(3), this.zhidka);
		long failingMap = this.data.schoolRoadMap(failingYear, this.zhidka, 3);
		this.data.measure(this.data.section(failingMap, 3), "Не будет записано", today.plusDays(1), "IN_PROGRESS");
		this.data.measure(this.section, "Будет записано", today.plusDays(1), "IN_PROGRESS");
		String trigger = "fail_" + failingMap;
		// every notification about the failing road map is refused by the database
		this.jdbc.execute("create function " + trigger
				+ "() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$");
		this.jdbc.execute(
				"create trigger " + trigger + " before insert on notification for each row when (new.link = '/roadmaps/"
						+ failingMap + "') execute function " + trigger + "()");
		try {
			this.job.run();
		}
		finally {
			this.jdbc.execute("drop trigger " + trigger + " on notification");
			this.jdbc.execute("drop function " + trigger + "()");
		}

		assertThat(reminders("school", "notifications.roadmap.soon")).isEqualTo(1);
		assertThat(reminders("curator2", "notifications.roadmap.soon")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
				"/roadmaps/" + failingMap))
			.isZero();
	}

	private int reminders(String user, String key) {
		return this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and message_key = ? and link = ?", Integer.class,
				this.demo.user(user), key, "/roadmaps/" + this.map);
	}

}
