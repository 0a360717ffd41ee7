package ru.opora.warnings;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which early warnings: a school only its own, a curator only its assigned
 * schools, a coordinator its municipality, an observer its region (read only); another
 * school's id answers 404. And the administrator's settings form: validated, audited,
 * stale versions refused.
 */
class WarningAccessIntegrationTests extends PortalIntegrationTest {

	@Autowired
	WarningJob job;

	WarningFixture here;

	WarningFixture elsewhere;

	long stalling;

	long calm;

	long foreign;

	String stallingName;

	String foreignName;

	@BeforeEach
	void twoRegions() {
		LocalDate today = this.clock.today();
		this.here = new WarningFixture(this.jdbc);
		this.elsewhere = new WarningFixture(this.jdbc);
		this.stalling = this.here.school("Застой", today);
		this.here.programme(this.stalling, today.minusDays(3), today.minusDays(5));
		this.calm = this.here.school("Покой", today);
		long year = this.here.programme(this.calm, today.plusMonths(3), today.minusDays(5));
		this.here.approvedConceptDocuments(year, this.calm);
		this.foreign = this.elsewhere.school("Чужая", today);
		this.elsewhere.programme(this.foreign, today.minusDays(3), today.minusDays(5));
		this.stallingName = "Застой " + this.here.tag;
		this.foreignName = "Чужая " + this.elsewhere.tag;
		this.job.run();
	}

	@Test
	void theCoordinatorSeesItsMunicipalityOnly() throws Exception {
		this.mvc.perform(get("/warnings").with(this.demo.as(this.here.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.stallingName)))
			.andExpect(content().string(containsString("Покой " + this.here.tag)))
			.andExpect(content().string(containsString("/schools/" + this.stalling + "/documents?year=")))
			.andExpect(content().string(not(containsString(this.foreignName))));
		this.mvc.perform(get("/warnings").param("level", "NORMAL").with(this.demo.as(this.here.coordinator)))
			.andExpect(content().string(not(containsString(this.stallingName))))
			.andExpect(content().string(containsString("Покой " + this.here.tag)));
		this.mvc
			.perform(get("/warnings").param("level", "nonsense")
				.param("curator", "x'--")
				.with(this.demo.as(this.here.coordinator)))
			.andExpect(status().isOk());
	}

	@Test
	void theObserverReadsItsRegionAndEditsNothing() throws Exception {
		this.mvc.perform(get("/warnings").with(this.demo.as(this.elsewhere.observer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.foreignName)))
			.andExpect(content().string(not(containsString(this.stallingName))));
		this.mvc.perform(get("/warnings/schools/{id}/panel", this.foreign).with(this.demo.as(this.elsewhere.observer)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/warnings/schools/{id}/panel", this.stalling).with(this.demo.as(this.elsewhere.observer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/warnings").with(this.demo.as(this.elsewhere.observer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSchoolSeesOnlyItsOwnWarning() throws Exception {
		String user = this.here.schoolUser("Застой");
		this.mvc.perform(get("/warnings/schools/{id}/panel", this.stalling).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-reason=\"DOCUMENT_OVERDUE\"")));
		this.mvc.perform(get("/warnings/schools/{id}/panel", this.foreign).with(this.demo.as(user)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/warnings/schools/{id}/panel", this.calm).with(this.demo.as(user)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/warnings/schools/{id}/panel", 987654321L).with(this.demo.as(user)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/warnings").with(this.demo.as(user)))
			.andExpect(content().string(containsString(this.stallingName)))
			.andExpect(content().string(not(containsString("Покой " + this.here.tag))));
	}

	@Test
	void aSchoolInTheNormSeesNoPanel() throws Exception {
		this.mvc
			.perform(get("/warnings/schools/{id}/panel", this.calm).with(this.demo.as(this.here.schoolUser("Покой"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-reason"))))
			.andExpect(content().string(not(containsString("alert"))));
	}

	@Test
	void aCuratorSeesItsAssignedSchoolsOnly() throws Exception {
		String curator = this.here.curator("Застой");
		this.mvc.perform(get("/warnings/mine/panel").with(this.demo.as(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.stallingName)));
		this.mvc.perform(get("/warnings/mine/panel").with(this.demo.as(this.here.curator("Покой"))))
			.andExpect(content().string(not(containsString(this.stallingName))));
		this.mvc.perform(get("/warnings/schools/{id}/panel", this.foreign).with(this.demo.as(curator)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/warnings").with(this.demo.as(curator)))
			.andExpect(content().string(containsString(this.stallingName)))
			.andExpect(content().string(not(containsString("Покой " + this.here.tag))));
	}

	@Test
	void theAdministratorEditsARegionsSettingsValidatedAndAudited() throws Exception {
		this.mvc.perform(get("/admin/warnings").with(this.demo.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Край " + this.here.tag)));
		this.mvc.perform(get("/admin/warnings").with(this.demo.as(this.here.coordinator)))
			.andExpect(status().isForbidden());
		String path = "/admin/warnings/" + this.here.region;
		this.mvc.perform(post(path).with(csrf()).with(this.demo.as("admin")).params(form("-1", "abc", "2", "4")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Введите целое число")));
		this.mvc.perform(post(path).with(csrf()).with(this.demo.as("admin")).params(form("-1", "0", "2", "4")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Порог — целое число от 1 до 365")));
		this.mvc.perform(post(path).with(csrf()).with(this.demo.as("admin")).params(form("-1", "7", "4", "4")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Порог «риска» должен быть больше")));
		assertThat(this.jdbc.queryForObject("select count(*) from warning_settings where region_id = ?", Long.class,
				this.here.region))
			.as("nothing saved")
			.isZero();

		this.mvc.perform(post(path).with(csrf()).with(this.demo.as("admin")).params(form("-1", "7", "3", "5")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select no_activity from (select inactivity_days as no_activity "
				+ "from warning_settings where region_id = ?) s", Integer.class, this.here.region))
			.isEqualTo(7);
		assertThat(this.jdbc.queryForObject(
				"select details from audit_event where entity_type = 'WarningSettings' and entity_id = ?", String.class,
				String.valueOf(this.here.region)))
			.contains("NO_ACTIVITY.limit");

		this.mvc.perform(post(path).with(csrf()).with(this.demo.as("admin")).params(form("-1", "8", "3", "5")))
			.andExpect(status().isConflict());
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String version, String noActivity,
			String attention, String risk) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		Thresholds t = Thresholds.defaults();
		for (Reason r : Reason.values()) {
			form.add("limits[" + r + "]", String.valueOf(t.limit(r)));
			form.add("weights[" + r + "]", String.valueOf(t.weight(r)));
		}
		form.set("limits[NO_ACTIVITY]", noActivity);
		form.add("attentionScore", attention);
		form.add("riskScore", risk);
		form.add("riskEscalationDays", "14");
		form.add("version", version);
		return form;
	}

}
