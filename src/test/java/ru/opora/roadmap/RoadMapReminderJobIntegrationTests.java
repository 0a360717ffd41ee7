package ru.opora.roadmap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures of a school road map due within 14 days or overdue are announced once to the
 * school and its curators.
 */
class RoadMapReminderJobIntegrationTests extends PortalIntegrationTest {

	@Autowired
	RoadMapReminderJob job;

	@Test
	void announcesDueAndOverdueMeasuresOnce() {
		long zhidka = this.demo.school("Жидкинская ООШ");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
		Long item = this.jdbc.queryForObject("""
				select i.id from road_map_item i join road_map m on m.id = i.road_map_id
				where m.school_id = ? and i.deleted_at is null order by i.id limit 1""", Long.class, zhidka);
		this.jdbc.update("update road_map_item set due_date = ?, status = 'IN_PROGRESS' where id = ?",
				today.plusDays(3), item);

		this.job.run();
		this.job.run();

		for (String user : List.of("school", "curator2")) {
			assertThat(
					this.jdbc.queryForObject("select count(*) from notification where user_id = ? and dedupe_key = ?",
							Integer.class, this.demo.user(user), "roadmap-soon-" + item))
				.as(user)
				.isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from notification where user_id = ? and dedupe_key = ?",
				Integer.class, this.demo.user("curator"), "roadmap-soon-" + item))
			.as("a curator of another school")
			.isZero();

		this.jdbc.update("update road_map_item set status = 'DONE', due_date = ? where id = ?", today.minusDays(1),
				item);
		this.job.run();
		assertThat(this.jdbc.queryForObject("select count(*) from notification where dedupe_key = ?", Integer.class,
				"roadmap-overdue-" + item))
			.as("a done measure is never overdue")
			.isZero();
	}

}
