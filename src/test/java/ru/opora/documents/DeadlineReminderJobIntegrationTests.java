package ru.opora.documents;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning job (run through its own method, with the test clock) reminds the school,
 * its curator and the coordinator once when concept documents are due within a week.
 */
class DeadlineReminderJobIntegrationTests extends PortalIntegrationTest {

	@Autowired
	DeadlineReminderJob job;

	@Test
	void remindsEveryoneConcernedOnce() {
		long zhidka = this.demo.school("Жидкинская ООШ");
		LocalDate inThreeDays = this.clock.today().plusDays(3);
		long year = this.data.programmeYear(2026, inThreeDays, zhidka);

		this.job.run();
		this.job.run();

		for (String user : new String[] { "school", "curator2", "coordinator" }) {
			assertThat(
					this.jdbc.queryForObject("select count(*) from notification where user_id = ? and dedupe_key = ?",
							Integer.class, this.demo.user(user), "soon-" + year + "-" + zhidka + "-" + inThreeDays))
				.as(user)
				.isEqualTo(1);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from notification where dedupe_key = ? and user_id = ?",
				Integer.class, "soon-" + year + "-" + zhidka + "-" + inThreeDays, this.demo.user("curator")))
			.as("the curator of another school")
			.isZero();
	}

}
