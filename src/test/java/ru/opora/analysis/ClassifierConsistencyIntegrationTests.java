package ru.opora.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists aggregate the results in SQL, the school's page in Java: both must read every
 * demo school's every year the same, also under a stricter rule.
 */
class ClassifierConsistencyIntegrationTests extends PortalIntegrationTest {

	@Autowired
	AnalysisData data;

	@Test
	void sqlAggregationMatchesTheCalculator() {
		List<Long> ids = this.jdbc.queryForList("select id from school", Long.class);
		for (ClassificationParameters rule : List.of(ClassificationParameters.defaults(),
				new ClassificationParameters(new java.math.BigDecimal("25"), 3, 10, 2, new java.math.BigDecimal("60"),
						ClassificationParameters.defaults().weights(), 40))) {
			Map<Long, Map<Integer, ResultSummary>> sql = this.data.summaries(ids, rule);
			int compared = 0;
			for (Long id : ids) {
				Map<Integer, List<AssessmentFigure>> byYear = new TreeMap<>();
				this.data.resultsOfSchool(id)
					.forEach((r) -> byYear.computeIfAbsent(r.year(), (y) -> new ArrayList<>()).add(r.figure()));
				for (var entry : byYear.entrySet()) {
					ResultSummary java = ClassificationCalculator.summarize(entry.getKey(), entry.getValue(), rule);
					ResultSummary db = sql.getOrDefault(id, Map.of()).get(entry.getKey());
					if (java.counted() == 0) {
						assertThat(db).isNull();
						continue;
					}
					assertThat(db).isNotNull();
					assertThat(db.counted()).isEqualTo(java.counted());
					assertThat(db.low()).isEqualTo(java.low());
					assertThat(db.meanShareBelow()).isEqualByComparingTo(java.meanShareBelow());
					if (java.decisiveShare() == null) {
						assertThat(db.decisiveShare()).isNull();
					}
					else {
						assertThat(db.decisiveShare()).isEqualByComparingTo(java.decisiveShare());
					}
					compared++;
				}
			}
			assertThat(compared).isGreaterThan(50);
		}
	}

}
