package ru.opora.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import ru.opora.schools.SchoolFacts;

/**
 * Classifies many schools at once: the results of each region's schools are aggregated
 * with that region's rule in one query, the passports are read in one query, and
 * {@link ClassificationCalculator} does the rest. Nothing is stored, so a changed rule or
 * new data shows at once.
 */
@Component
@RequiredArgsConstructor
class Classifier {

	private final AnalysisData data;

	/**
	 * Every year's classification of each school, oldest first, in the order of the given
	 * schools.
	 */
	Map<Long, List<YearClassification>> classify(List<SchoolFacts> schools,
			Function<Long, ClassificationParameters> ruleOfRegion) {
		Map<Long, ResultSummaryByYear> results = new HashMap<>();
		Map<Long, List<SchoolFacts>> byRegion = schools.stream()
			.collect(Collectors.groupingBy(SchoolFacts::regionId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, ClassificationParameters> rules = new HashMap<>();
		byRegion.forEach((regionId, list) -> {
			ClassificationParameters rule = ruleOfRegion.apply(regionId);
			rules.put(regionId, rule);
			List<Long> ids = list.stream().map(SchoolFacts::id).toList();
			this.data.summaries(ids, rule).forEach((id, years) -> results.put(id, new ResultSummaryByYear(years)));
		});
		Map<Long, Map<Integer, PassportFigures>> passports = this.data
			.passports(new ArrayList<>(schools.stream().map(SchoolFacts::id).toList()));
		Map<Long, List<YearClassification>> out = new LinkedHashMap<>();
		for (SchoolFacts school : schools) {
			ResultSummaryByYear years = results.get(school.id());
			out.put(school.id(), ClassificationCalculator.classify(rules.get(school.regionId()), traits(school),
					(years != null) ? years.years() : Map.of(), passports.getOrDefault(school.id(), Map.of())));
		}
		return out;
	}

	static SchoolTraits traits(SchoolFacts school) {
		return new SchoolTraits(school.rural(), school.smallSchool(), school.distanceKm());
	}

	private record ResultSummaryByYear(Map<Integer, ResultSummary> years) {

	}

}
