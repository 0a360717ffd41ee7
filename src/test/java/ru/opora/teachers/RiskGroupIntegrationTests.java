package ru.opora.teachers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.schools.SchoolScope;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The «группа риска» is decided twice: by {@link RiskRule} in Java for the lists and the
 * cards (with the reasons), and by {@link RiskGroupService#IN_GROUP_SQL} in the figures'
 * aggregate (counts only). For fixed pseudo-random diagnostics, scores on the thresholds
 * included, both give the same group under the default rule and under regions' rules of
 * each kind.
 */
class RiskGroupIntegrationTests extends PortalIntegrationTest {

	@Autowired
	RiskGroupService riskGroups;

	@Autowired
	TeacherFiguresService figures;

	AssociationFixture f;

	long school;

	@BeforeEach
	void setUp() {
		this.f = new AssociationFixture(this.jdbc);
		this.school = this.f.school(this.f.municipality, "СОШ Дельта");
		Random random = new Random(20261202L);
		int[] marks = { 0, 29, 30, 39, 40, 49, 50, 51, 59, 60, 61, 100 };
		String[] levels = { null, "LOW", "MEDIUM", "HIGH" };
		List<Long> areas = this.jdbc.queryForList("select id from teacher_competence_area order by position, id",
				Long.class);
		for (int i = 0; i < 60; i++) {
			long teacher = this.f.teacher(this.school, "Педагог " + i, "Физика");
			if (i % 6 == 5) {
				continue;
			}
			String level = levels[random.nextInt(levels.length)];
			Integer percent = random.nextBoolean() ? marks[random.nextInt(marks.length)] : null;
			long diagnostic = this.f.id("""
					insert into teacher_diagnostic (teacher_id, academic_year, external_level, external_percent)
					values (?, 2026, ?, ?) returning id""", teacher, level, percent);
			for (Long area : areas) {
				if (random.nextInt(3) > 0) {
					this.jdbc.update(
							"insert into teacher_diagnostic_score (diagnostic_id, area_id, score) values (?, ?, ?)",
							diagnostic, area, marks[random.nextInt(marks.length)]);
				}
			}
		}
	}

	@Test
	void theAggregateCountsTheGroupTheRuleGivesUnderEveryKindOfRule() {
		List<Integer> sizes = new ArrayList<>();
		sizes.add(sameGroup());
		String[][] rules = { { "60", "40", "" }, { "30", null, "LOW,MEDIUM" }, { "50", "50", "HIGH" },
				{ "0", null, "" } };
		for (String[] rule : rules) {
			this.jdbc.update("delete from teacher_risk_rule where region_id = ?", this.f.region);
			this.jdbc.update("""
					insert into teacher_risk_rule (region_id, area_threshold, external_threshold, external_levels)
					values (?, cast(? as numeric), cast(? as numeric), ?)""", this.f.region, rule[0], rule[1], rule[2]);
			sizes.add(sameGroup());
		}
		// the rules make different groups, and the last (nothing below 0, no level, no
		// threshold) an empty one
		assertThat(sizes.subList(0, 4)).allMatch((n) -> n > 0);
		assertThat(sizes.stream().distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(sizes.get(4)).isZero();
	}

	/** Checks both ways agree for the school; returns the size of the group. */
	private int sameGroup() {
		int byRule = this.riskGroups.riskGroupTeacherIds(List.of(this.school), 2026).size();
		int bySql = this.figures.lines(new SchoolScope(false, null, this.f.municipality, null), 2026)
			.stream()
			.filter((l) -> l.facts().schoolId().equals(this.school))
			.findFirst()
			.orElseThrow()
			.facts()
			.riskGroup();
		assertThat(bySql).isEqualTo(byRule);
		return byRule;
	}

}
