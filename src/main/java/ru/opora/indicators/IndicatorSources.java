package ru.opora.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import ru.opora.analysis.ResultLevel;
import ru.opora.analysis.SchoolClassifications;
import ru.opora.analysis.SchoolGroup;
import ru.opora.analysis.SocialContext;
import ru.opora.analysis.YearClassification;
import ru.opora.documents.DocumentCompletion;
import ru.opora.network.NetworkParticipation;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.roadmap.RoadMapStates;
import ru.opora.schools.MunicipalitySchools;
import ru.opora.schools.SchoolFacts;
import ru.opora.teachers.TeacherIndicator;
import ru.opora.teachers.TeacherIndicatorService;
import ru.opora.teachers.TeacherIndicatorValues;

/**
 * Reads what the computed indicators need from the other modules' read APIs (ids and
 * counts only, a fixed number of queries per period) and hands it to
 * {@link IndicatorComputations}. No access check: {@link IndicatorService} and
 * {@link PublicIndicators} decide who sees the result.
 */
@Component
@RequiredArgsConstructor
class IndicatorSources {

	private final MunicipalitySchools schools;

	private final SchoolClassifications classifications;

	private final DocumentCompletion documents;

	private final RoadMapStates roadMaps;

	private final NetworkParticipation network;

	private final TeacherIndicatorService teachers;

	private final ProgrammeService programmes;

	private final Clock clock;

	/**
	 * The computed indicators of each period of one municipality (by code).
	 */
	Map<Period, Map<String, Computed>> compute(Long municipalityId, List<Period> periods) {
		Map<Period, Map<String, Computed>> out = new LinkedHashMap<>();
		if (periods.isEmpty()) {
			return out;
		}
		List<SchoolFacts> facts = this.schools.factsUnchecked(municipalityId);
		List<Long> schoolIds = facts.stream().map(SchoolFacts::id).toList();
		Map<Long, Map<Integer, IndicatorComputations.YearFacts>> classified = new HashMap<>();
		this.classifications.classifyUnchecked(facts).forEach((id, years) -> {
			Map<Integer, IndicatorComputations.YearFacts> byYear = new TreeMap<>();
			years.forEach((c) -> byYear.put(c.year(), yearFacts(c)));
			classified.put(id, byYear);
		});
		Set<Integer> yearsWithData = new java.util.HashSet<>();
		classified.values().forEach((years) -> years.forEach((y, f) -> {
			if (f.classified() || f.low() != null) {
				yearsWithData.add(y);
			}
		}));
		Map<Long, Map<String, Computed>> perYear = new HashMap<>();
		Map<Integer, TeacherIndicatorValues> teacherValues = new HashMap<>();
		for (Period period : periods) {
			Map<String, Computed> values = new LinkedHashMap<>();
			int analysisYear = IndicatorComputations.analysisYear(yearsWithData, period.year());
			values.putAll(IndicatorComputations.analysis(schoolIds.stream()
				.map((id) -> IndicatorComputations.analysedSchool(id, analysisYear,
						classified.getOrDefault(id, Map.of())))
				.toList()));
			values.putAll(perYear.computeIfAbsent(period.programmeYearId(), (yearId) -> programmeFigures(yearId)));
			values.put("8", IndicatorComputations.network(schoolIds, this.network
				.schoolsInPairsUnchecked(municipalityId, period.year(), period.date(), this.clock.getZone())));
			int academicYear = period.checkpoint().academicYear(period.year());
			TeacherIndicatorValues t = teacherValues.computeIfAbsent(academicYear,
					(y) -> this.teachers.forMunicipalityUnchecked(municipalityId, y));
			for (TeacherIndicator i : t.indicators()) {
				values.put(String.valueOf(i.number()), teacher(i));
			}
			out.put(period, values);
		}
		return out;
	}

	private Map<String, Computed> programmeFigures(Long programmeYearId) {
		ProgrammeYearSummary year = this.programmes.yearUnchecked(programmeYearId).orElseThrow();
		Map<String, Computed> out = new LinkedHashMap<>();
		out.put("2",
				IndicatorComputations.documents(this.documents.ofProgrammeYearUnchecked(programmeYearId)
					.entrySet()
					.stream()
					.map((e) -> new IndicatorComputations.ParticipantDocuments(e.getKey(), e.getValue().required(),
							e.getValue().approved()))
					.toList()));
		Map<Long, IndicatorComputations.RoadMapFacts> maps = new HashMap<>();
		this.roadMaps.ofProgrammeYearUnchecked(programmeYearId)
			.forEach((id, s) -> maps.put(id,
					new IndicatorComputations.RoadMapFacts(s.measures(), s.reviewedRag(), s.suggestedRag())));
		out.put("7", IndicatorComputations.roadMaps(Set.copyOf(year.participantIds()), maps));
		return out;
	}

	private static IndicatorComputations.YearFacts yearFacts(YearClassification c) {
		Boolean low = (c.level() == ResultLevel.NO_DATA) ? null : c.level() == ResultLevel.LOW;
		return new IndicatorComputations.YearFacts(c.group() != SchoolGroup.NO_DATA, low, c.persistentlyLow(),
				c.context() == SocialContext.ADVERSE);
	}

	/**
	 * A teachers' indicator in this module's units: a share in percent with one decimal,
	 * yes/no as 1/0.
	 */
	static Computed teacher(TeacherIndicator i) {
		BigDecimal value = (i.value() == null) ? null : i.yesNo() ? i.value().setScale(0, RoundingMode.HALF_UP)
				: i.value().multiply(IndicatorComputations.HUNDRED).setScale(1, RoundingMode.HALF_UP);
		return new Computed(value, i.numerator(), i.denominator(),
				i.schools()
					.stream()
					.map((p) -> new Computed.Part(p.schoolId(), p.numerator(), p.denominator()))
					.toList());
	}

}
