package ru.opora.web;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.opora.support.PortalIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of school analysis and risk profiles, as every role (see docs/access.md).
 * Placeholders in the paths: {zhidka}, {undino}, {sosh14} (demo schools), {missing} (no
 * such school), {2026} (the programme year «500+ 2026» of the Baley district).
 */
class AnalysisAccessMatrixIntegrationTests extends PortalIntegrationTest {

	static final String ALL = "admin observer coordinator gatchina curator curator2 school";

	static Stream<Arguments> pages() {
		return Stream.of(
				// «Анализ школ», its chart data and export: coordinators, observers, the
				// administrator
				page("/analysis", "admin observer coordinator gatchina", "curator curator2 school"),
				page("/analysis/chart", "admin observer coordinator gatchina", "curator curator2 school"),
				page("/analysis/export", "admin observer coordinator gatchina", "curator curator2 school"),
				// imports: coordinators and the administrator
				page("/analysis/import", "admin coordinator gatchina", "observer curator curator2 school"),
				page("/analysis/import/template/results.xlsx", "admin coordinator gatchina",
						"observer curator curator2 school"),
				page("/analysis/import/template/passports.csv", "admin coordinator gatchina",
						"observer curator curator2 school"),
				// a school's analysis: whoever sees the school
				page("/schools/{zhidka}/analysis", "admin observer coordinator curator2 school", "gatchina curator"),
				page("/schools/{zhidka}/analysis/summary", "admin observer coordinator curator2 school",
						"gatchina curator"),
				page("/schools/{undino}/analysis", "admin observer coordinator curator", "gatchina curator2 school"),
				Arguments.of("/schools/{missing}/analysis", "admin coordinator school", 404),
				// the social passport form: whoever edits the school
				page("/schools/{zhidka}/passport", "admin coordinator", "observer gatchina curator curator2 school"),
				Arguments.of("/schools/{missing}/passport", "admin coordinator", 404),
				// classification rules: the administrator
				page("/admin/analysis/rules", "admin", "observer coordinator gatchina curator curator2 school"),
				page("/admin/analysis/rules/default/edit", "admin",
						"observer coordinator gatchina curator curator2 school"),
				// risk profiles of a programme year: whoever sees the year (curators and
				// schools: their own)
				page("/programmes/{2026}/profiles", "admin observer coordinator curator curator2 school", "gatchina"),
				page("/programmes/{2026}/schools/{zhidka}/profile", "admin observer coordinator curator2 school",
						"gatchina curator"),
				page("/programmes/{2026}/schools/{undino}/profile", "admin observer coordinator curator",
						"gatchina curator2 school"),
				Arguments.of("/programmes/{2026}/schools/{sosh14}/profile", "admin coordinator", 404),
				page("/programmes/{2026}/profiles/template.xlsx", "coordinator",
						"admin observer gatchina curator curator2 school"),
				// questionnaires of a participant: whoever sees its profile (links only
				// for the school and
				// the coordinator)
				page("/programmes/{2026}/schools/{zhidka}/survey", "admin observer coordinator curator2 school",
						"gatchina curator"),
				// the heat map: coordinator, observer, administrator
				page("/programmes/{2026}/heatmap", "admin observer coordinator", "gatchina curator curator2 school"),
				page("/programmes/{2026}/heatmap/export", "admin observer coordinator",
						"gatchina curator curator2 school"));
	}

	/** allowed users get 200, refused ones 403 */
	static Arguments page(String path, String allowed, String refused) {
		return Arguments.of(path, allowed + "|" + refused, 0);
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("pages")
	void pagesPerRole(String path, String users, int status) throws Exception {
		String resolved = resolve(path);
		if (status != 0) {
			for (String user : users.split(" ")) {
				this.mvc.perform(get(resolved).with(this.demo.as(user))).andExpect(status().is(status));
			}
			return;
		}
		String[] parts = users.split("\\|");
		// every demo role appears in each row, allowed or refused
		org.assertj.core.api.Assertions.assertThat((parts[0] + " " + parts[1]).split(" "))
			.containsExactlyInAnyOrder(ALL.split(" "));
		for (String user : parts[0].split(" ")) {
			this.mvc.perform(get(resolved).with(this.demo.as(user))).andExpect(status().isOk());
		}
		for (String user : parts[1].split(" ")) {
			this.mvc.perform(get(resolved).with(this.demo.as(user))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get(resolved)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	String resolve(String path) {
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2026'", Long.class);
		return path.replace("{zhidka}", String.valueOf(this.demo.school("Жидкинская ООШ")))
			.replace("{undino}", String.valueOf(this.demo.school("Ундино-Посельская СОШ")))
			.replace("{sosh14}", String.valueOf(this.demo.school("СОШ № 14")))
			.replace("{missing}", "999999")
			.replace("{2026}", String.valueOf(year));
	}

}
