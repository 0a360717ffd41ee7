package ru.opora.documents;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning job reminds the school, its curator and the coordinator once when concept
 * documents are due within a week.
 */
class DeadlineReminderJobIntegrationTests extends PortalIntegrationTest {

	@Autowired
	DeadlineReminderJob job;

	@Test
	void remindsEveryoneConcernedOnce() {
		long zhidka = this.demo.school("Жидкинская ООШ");
		LocalDate inThreeDays = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(3);
		long year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				select municipality_id, 2026, 'Напоминание ' || gen_random_uuid(), ?, 'test' from school where id = ?
				returning id""", Long.class, inThreeDays, zhidka);
		this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", year,
				zhidka);

		this.job.run();
		this.job.run();

		for (String user : new String[] { "school", "curator2", "coordinator" }) {
			assertThat(
					this.jdbc.queryForObject("select count(*) from notification where user_id = ? and dedupe_key = ?",
							Integer.class, this.demo.user(user), "soon-" + year + "-" + zhidka))
				.as(user)
				.isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from notification where dedupe_key = ? and user_id = ?",
				Integer.class, "soon-" + year + "-" + zhidka, this.demo.user("curator")))
			.as("the curator of another school")
			.isZero();
	}

}
