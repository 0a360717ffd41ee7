package ru.opora.analysis;

import java.util.List;
import java.util.Map;

/**
 * «Анализ школ» for a year: the filtered rows, the counts per group over all visible
 * schools, the years with data, and the rule when all schools shown share one (null
 * otherwise: the chart then draws no threshold lines).
 */
public record AnalysisOverview(int year, List<Integer> years, List<OverviewRow> rows, Map<SchoolGroup, Long> counts,
		long persistentlyLowCount, ClassificationParameters rule) {

}
