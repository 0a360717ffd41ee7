package ru.opora.analysis;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator edits a region's rule: audited, and the classification follows at
 * once; resetting brings the default back.
 */
class ClassificationRuleIntegrationTests extends PortalIntegrationTest {

	long region() {
		return this.jdbc.queryForObject("select id from region where name = 'Забайкальский край'", Long.class);
	}

	@AfterEach
	void backToDefault() {
		this.jdbc.update("delete from classification_rule where region_id is not null");
	}

	MockHttpServletRequestBuilder form(String key, String wellbeingThreshold, String version) {
		return form(key, wellbeingThreshold, version, "2");
	}

	MockHttpServletRequestBuilder form(String key, String wellbeingThreshold, String version, String shareWeight) {
		return post("/admin/analysis/rules/{key}", key).with(this.demo.as("admin"))
			.with(csrf())
			.param("lowShareThreshold", "30")
			.param("minLowAssessments", "2")
			.param("minParticipants", "1")
			.param("persistentYears", "2")
			.param("wellbeingThreshold", wellbeingThreshold)
			.param("remoteKm", "50")
			.param("weightHigherEducation", shareWeight)
			.param("weightLowIncome", shareWeight)
			.param("weightSingleParent", shareWeight)
			.param("weightDisability", shareWeight)
			.param("weightNonNative", shareWeight)
			.param("weightPreventive", shareWeight)
			.param("weightRural", "0,5")
			.param("weightSmallSchool", "0.5")
			.param("weightRemote", "0.5")
			.param("version", version);
	}

	String chart(String user) throws Exception {
		return this.mvc.perform(get("/analysis/chart?year=2025").with(this.demo.as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aRegionsOwnRuleAppliesAtOnceIsAuditedAndCanBeReset() throws Exception {
		assertThat(chart("coordinator")).contains("\"group\":\"LOW_ADVERSE\"");
		this.mvc.perform(form(String.valueOf(region()), "20", "-1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/analysis/rules"));
		// with an ИСБШ threshold of 20 no Baley school is adverse any more
		String after = chart("coordinator");
		assertThat(after).doesNotContain("\"group\":\"LOW_ADVERSE\"").contains("\"wellbeingThreshold\":20");
		// Gatchina (another region) keeps the default
		assertThat(chart("gatchina")).contains("\"group\":\"LOW_ADVERSE\"");
		String details = this.jdbc.queryForObject("""
				select details from audit_event where entity_type = 'ClassificationRule' and entity_id = ?
				order by id desc limit 1""", String.class, String.valueOf(region()));
		assertThat(details).contains("wellbeingThreshold: «65» → «20»")
			.containsPattern("changedGroups: — → «[1-9]\\d*»");
		long version = this.jdbc.queryForObject("select version from classification_rule where region_id = ?",
				Long.class, region());
		// a stale version
		this.mvc.perform(form(String.valueOf(region()), "30", String.valueOf(version + 1)))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/admin/analysis/rules/{key}/reset", region()).with(this.demo.as("admin")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(chart("coordinator")).contains("\"group\":\"LOW_ADVERSE\"").contains("\"wellbeingThreshold\":65");
	}

	@Test
	void invalidRulesStayOnTheForm() throws Exception {
		this.mvc.perform(form("default", "101", "0")).andExpect(status().isOk());
		this.mvc.perform(form("default", "6О", "0")).andExpect(status().isOk());
		String version = String.valueOf(this.jdbc
			.queryForObject("select version from classification_rule where region_id is null", Long.class));
		this.mvc.perform(form("default", "65", version, "0")).andExpect(status().isOk());
		assertThat(
				this.jdbc.queryForObject("select wellbeing_threshold from classification_rule where region_id is null",
						java.math.BigDecimal.class))
			.isEqualByComparingTo("65");
	}

	@Test
	void onlyTheAdministratorSeesTheRules() throws Exception {
		this.mvc.perform(get("/admin/analysis/rules").with(this.demo.as("admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/analysis/rules/default/edit").with(this.demo.as("admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/analysis/rules/{id}/edit", region()).with(this.demo.as("admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/analysis/rules/999999/edit").with(this.demo.as("admin")))
			.andExpect(status().isNotFound());
		for (String user : new String[] { "coordinator", "observer", "curator", "school" }) {
			this.mvc.perform(get("/admin/analysis/rules").with(this.demo.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theDefaultRuleOffersNoResetWithoutARegion() throws Exception {
		String page = this.mvc.perform(get("/admin/analysis/rules").with(this.demo.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/admin/analysis/rules/default/edit").doesNotContain("/admin/analysis/rules//reset");
	}

}
