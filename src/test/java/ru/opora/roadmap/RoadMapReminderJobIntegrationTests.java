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

	private int reminders(String user, String key) {
		return this.jdbc.queryForObject(
				"select count(*) from notification where user_id = ? and message_key = ? and link = ?", Integer.class,
				this.demo.user(user), key, "/roadmaps/" + this.map);
	}

}
