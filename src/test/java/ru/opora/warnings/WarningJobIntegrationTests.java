package ru.opora.warnings;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily job on schools of the test's own: reasons read from the other modules' data,
 * levels, escalation timing, dedupe (twice in a row, a reason that comes back), and one
 * failing school never blocking the others. The job runs through its own method with the
 * test clock.
 */
class WarningJobIntegrationTests extends PortalIntegrationTest {

	@Autowired
	WarningJob job;

	WarningFixture f;

	LocalDate today;

	@BeforeEach
	void fixture() {
		this.f = new WarningFixture(this.jdbc);
		this.today = this.clock.today();
	}

	@Test
	void aNewAttentionNotifiesTheSchoolAndItsCuratorOnce() {
		long school = this.f.school("Ключи", this.today);
		// documents due yesterday, none sent: «просрочены документы» (weight 2) from
		// today
		this.f.programme(school, this.today.minusDays(1), this.today.minusDays(5));

		this.job.run();
		this.job.run();

		assertThat(this.f.level(school)).isEqualTo("ATTENTION");
		assertThat(reasons(school)).containsExactly("DOCUMENT_OVERDUE:" + this.today);
		String key = "notifications.warnings.DOCUMENT_OVERDUE";
		assertThat(this.f.notifications(this.f.schoolUser("Ключи"), key)).isEqualTo(1);
		assertThat(this.f.notifications(this.f.curator("Ключи"), key)).isEqualTo(1);
		assertThat(this.f.notifications(this.f.coordinator, key)).isZero();
		assertThat(this.f.notifications(this.f.coordinator, "notifications.warnings.risk")).isZero();
	}

	@Test
	void aReasonBelowTheAttentionScoreNotifiesNobody() {
		long school = this.f.school("Тихая", this.today);
		long year = this.f.programme(school, this.today.plusMonths(2), this.today.minusDays(5));
		long document = this.f.document(year, school, "CONCEPT", "SUBMITTED");
		this.jdbc.update("update document set submitted_at = ? where id = ?", at(this.today.minusDays(10)), document);

		this.job.run();

		assertThat(this.f.level(school)).isEqualTo("NORMAL");
		assertThat(reasons(school)).containsExactly("REVIEW_LATE:" + this.today);
		assertThat(this.f.notifications(this.f.schoolUser("Тихая"), "notifications.warnings.REVIEW_LATE")).isZero();
	}

	@Test
	void riskNotifiesTheCoordinatorOnlyAfterFourteenDays() {
		long school = this.f.school("Риск", this.today);
		long year = this.f.programme(school, this.today.minusDays(1), this.today.minusDays(5));
		long map = this.data.schoolRoadMap(year, school, 3);
		this.data.measure(this.data.section(map, 3), "Педсовет", this.today.minusDays(1), "IN_PROGRESS");

		this.job.run();
		assertThat(this.f.level(school)).isEqualTo("RISK");
		assertThat(this.jdbc.queryForObject("select risk_since from warning_level where school_id = ?", LocalDate.class,
				school))
			.isEqualTo(this.today);
		this.clock.move(Duration.ofDays(13));
		this.job.run();
		assertThat(this.f.notifications(this.f.coordinator, "notifications.warnings.risk")).as("day 13").isZero();

		this.clock.move(Duration.ofDays(1));
		this.job.run();
		this.job.run();
		assertThat(this.f.notifications(this.f.coordinator, "notifications.warnings.risk")).as("day 14").isEqualTo(1);
		assertThat(this.f.notifications(this.f.schoolUser("Риск"), "notifications.warnings.risk")).isZero();
		assertThat(this.f.notifications(this.f.schoolUser("Риск"), "notifications.warnings.MEASURES_OVERDUE"))
			.isEqualTo(1);
	}

	@Test
	void aReasonThatClearsAndComesBackNotifiesAgain() {
		long school = this.f.school("Возврат", this.today);
		long year = this.f.programme(school, this.today.plusMonths(2), this.today.minusDays(5));
		long section = this.data.section(this.data.schoolRoadMap(year, school, 3), 3);
		long measure = this.data.measure(section, "Педсовет", this.today.minusDays(1), "IN_PROGRESS");
		String key = "notifications.warnings.MEASURES_OVERDUE";

		this.job.run();
		assertThat(this.f.notifications(this.f.schoolUser("Возврат"), key)).isEqualTo(1);

		this.clock.move(Duration.ofDays(1));
		this.jdbc.update("update road_map_item set status = 'DONE' where id = ?", measure);
		this.job.run();
		assertThat(this.f.level(school)).isEqualTo("NORMAL");
		assertThat(this.jdbc.queryForObject(
				"select cleared_on from warning_reason where school_id = ? and reason = 'MEASURES_OVERDUE'",
				LocalDate.class, school))
			.isEqualTo(this.today.plusDays(1));

		this.clock.move(Duration.ofDays(1));
		this.data.measure(section, "Семинар", this.today, "NOT_STARTED");
		this.job.run();
		this.job.run();
		assertThat(this.f.level(school)).isEqualTo("ATTENTION");
		assertThat(this.f.notifications(this.f.schoolUser("Возврат"), key)).isEqualTo(2);
		assertThat(this.f.notifications(this.f.curator("Возврат"), key)).isEqualTo(2);
	}

	@Test
	void everySignalIsReadFromTheOtherModules() {
		long school = this.f.school("Все", this.today);
		long mentor = this.f.school("Наставник", this.today);
		long year = this.f.programme(school, this.today.plusMonths(2), this.today.minusDays(40));
		this.f.approvedConceptDocuments(year, school);
		// returned twice, still not approved
		long returned = this.f.document(year, school, "INTERIM_REPORT", "RETURNED");
		for (int daysAgo : List.of(20, 12)) {
			this.jdbc.update("""
					insert into document_review (document_id, version_number, decision, reviewer, reviewed_at)
					values (?, 1, 'RETURNED', 'test', ?)""", returned, at(this.today.minusDays(daysAgo)));
		}
		// a risk profile made 31 days ago, confirmed by the school only
		this.jdbc.update("""
				insert into risk_profile (programme_year_id, school_id, source, created_at, school_confirmed_by,
				  school_confirmed_at) values (?, ?, 'IMPORT', ?, 'x', ?)""", year, school,
				at(this.today.minusDays(31)), at(this.today.minusDays(30)));
		// a mentoring pair formed 50 days ago, its only activity held 46 days ago
		long network = this.jdbc.queryForObject("""
				insert into network (programme_year_id, municipality_id, model) values (?, ?, 'DISTRIBUTED')
				returning id""", Long.class, year, this.f.municipality);
		long pair = this.jdbc.queryForObject("""
				insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, created_at)
				values (?, ?, ?, 'MANUAL', ?) returning id""", Long.class, network, mentor, school,
				at(this.today.minusDays(50)));
		this.jdbc.update("""
				insert into network_activity (pair_id, kind_id, topic, planned_on, status, held_on)
				values (?, (select min(id) from activity_kind), 'Семинар', ?, 'HELD', ?)""", pair,
				this.today.minusDays(46), this.today.minusDays(46));

		this.job.run();

		assertThat(reasons(school)).containsExactlyInAnyOrder("RETURNED_TWICE:" + this.today.minusDays(12),
				"NO_ACTIVITY:" + this.today.minusDays(10), "VERIFICATION_LATE:" + this.today.minusDays(1),
				"PAIR_INACTIVE:" + this.today.minusDays(1));
		// 2 + 1 + 1 + 1
		assertThat(this.f.level(school)).isEqualTo("RISK");
		assertThat(this.jdbc.queryForObject(
				"select link from warning_reason where school_id = ? and reason = 'PAIR_INACTIVE'", String.class,
				school))
			.isEqualTo("/networks/pairs/" + pair);
		assertThat(this.jdbc.queryForObject(
				"select link from warning_reason where school_id = ? and reason = 'RETURNED_TWICE'", String.class,
				school))
			.isEqualTo("/documents/" + returned);
	}

	@Test
	void aSchoolWhoseUpdateFailsNeverStopsTheOthers() {
		long failing = this.f.school("Сбой", this.today);
		long fine = this.f.school("Порядок", this.today);
		this.f.programme(failing, this.today.minusDays(1), this.today.minusDays(5));
		this.f.programme(fine, this.today.minusDays(1), this.today.minusDays(5));
		String trigger = "fail_warning_" + failing;
		this.jdbc.execute("create function " + trigger
				+ "() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$");
		this.jdbc
			.execute("create trigger " + trigger + " before insert on warning_level for each row when (new.school_id = "
					+ failing + ") execute function " + trigger + "()");
		try {
			this.job.run();
		}
		finally {
			this.jdbc.execute("drop trigger " + trigger + " on warning_level");
			this.jdbc.execute("drop function " + trigger + "()");
		}
		assertThat(this.f.level(fine)).isEqualTo("ATTENTION");
		assertThat(this.jdbc.queryForObject("select count(*) from warning_reason where school_id = ?", Long.class,
				failing))
			.as("rolled back")
			.isZero();
		assertThat(this.f.notifications(this.f.schoolUser("Сбой"), "notifications.warnings.DOCUMENT_OVERDUE")).isZero();
	}

	private List<String> reasons(long school) {
		return this.jdbc.queryForList(
				"select reason || ':' || started_on from warning_reason where school_id = ? and cleared_on is null",
				String.class, school);
	}

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
	}

}
