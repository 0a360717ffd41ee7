package ru.opora.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.indicators.IndicatorComputations.AnalysedSchool;
import ru.opora.indicators.IndicatorComputations.ParticipantDocuments;
import ru.opora.indicators.IndicatorComputations.RoadMapFacts;
import ru.opora.indicators.IndicatorComputations.YearFacts;
import ru.opora.roadmap.Rag;
import ru.opora.teachers.TeacherIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each computed indicator on a small fixture computed by hand, with empty municipalities
 * and periods without data; the status rule at its boundaries.
 */
class IndicatorComputationsTests {

	@Test
	void analysisIndicatorsOverFourSchools() {
		// 1: analysed, persistently low, adverse; 2: analysed, adverse; 3: analysed,
		// persistently high; 4: nothing
		Map<String, Computed> c = IndicatorComputations.analysis(List.of(
				new AnalysedSchool(4L, false, false, false, false), new AnalysedSchool(1L, true, true, true, false),
				new AnalysedSchool(2L, true, false, true, false), new AnalysedSchool(3L, true, false, false, true)));
		assertThat(c.get("3")).extracting(Computed::value, Computed::numerator, Computed::denominator)
			.containsExactly(new BigDecimal("75.0"), 3L, 4L);
		// 4.x over the three analysed schools
		assertThat(c.get("4.1")).extracting(Computed::value, Computed::numerator, Computed::denominator)
			.containsExactly(new BigDecimal("33.3"), 1L, 3L);
		assertThat(c.get("4.2")).extracting(Computed::value, Computed::numerator)
			.containsExactly(new BigDecimal("66.7"), 2L);
		assertThat(c.get("4.3").numerator()).isEqualTo(1);
		// the schools behind the figure, ordered by id, counted ones with 1
		assertThat(c.get("4.2").parts()).containsExactly(new Computed.Part(1L, 1, 1), new Computed.Part(2L, 1, 1),
				new Computed.Part(3L, 0, 1));
		assertThat(c.get("3").parts()).hasSize(4);
	}

	@Test
	void anEmptyMunicipalityHasNoValueButZeroCounts() {
		Map<String, Computed> c = IndicatorComputations.analysis(List.of());
		assertThat(c.get("3").value()).isNull();
		assertThat(c.get("3").denominator()).isZero();
		assertThat(c.get("3").parts()).isEmpty();
		assertThat(IndicatorComputations.documents(List.of()).value()).isNull();
		assertThat(IndicatorComputations.roadMaps(List.of(), Map.of()).value()).isNull();
		assertThat(IndicatorComputations.network(List.of(), Set.of()).value()).isNull();
	}

	@Test
	void nothingAnalysedGivesNoValueForTheGroupShares() {
		Map<String, Computed> c = IndicatorComputations
			.analysis(List.of(new AnalysedSchool(1L, false, false, false, false)));
		assertThat(c.get("3").value()).isEqualByComparingTo("0");
		assertThat(c.get("4.1").value()).isNull();
		assertThat(c.get("4.1").denominator()).isZero();
	}

	@Test
	void theAnalysisYearIsTheNewestWithDataUpToTheProgrammesYear() {
		assertThat(IndicatorComputations.analysisYear(Set.of(2023, 2024, 2025), 2026)).isEqualTo(2025);
		assertThat(IndicatorComputations.analysisYear(Set.of(2025, 2026, 2027), 2026)).isEqualTo(2026);
		assertThat(IndicatorComputations.analysisYear(Set.of(2027), 2026)).isEqualTo(2026);
		assertThat(IndicatorComputations.analysisYear(Set.of(), 2026)).isEqualTo(2026);
	}

	@Test
	void persistentlyHighNeedsThreeYearsOfResultsNotLow() {
		YearFacts notLow = new YearFacts(true, false, false, false);
		YearFacts low = new YearFacts(true, true, false, false);
		YearFacts noResults = new YearFacts(false, null, false, false);
		assertThat(IndicatorComputations.analysedSchool(1L, 2026, Map.of(2024, notLow, 2025, notLow, 2026, notLow))
			.persistentlyHigh()).isTrue();
		assertThat(
				IndicatorComputations.analysedSchool(1L, 2026, Map.of(2025, notLow, 2026, notLow)).persistentlyHigh())
			.isFalse();
		assertThat(IndicatorComputations.analysedSchool(1L, 2026, Map.of(2024, low, 2025, notLow, 2026, notLow))
			.persistentlyHigh()).isFalse();
		assertThat(IndicatorComputations.analysedSchool(1L, 2026, Map.of(2024, notLow, 2025, noResults, 2026, notLow))
			.persistentlyHigh()).isFalse();
		// a year without any classification: nothing analysed that year
		AnalysedSchool none = IndicatorComputations.analysedSchool(1L, 2027, Map.of(2026, low));
		assertThat(none).isEqualTo(new AnalysedSchool(1L, false, false, false, false));
		// the year's own facts
		AnalysedSchool s = IndicatorComputations.analysedSchool(2L, 2026,
				Map.of(2026, new YearFacts(true, true, true, true)));
		assertThat(s).isEqualTo(new AnalysedSchool(2L, true, true, true, false));
	}

	@Test
	void documentsCountParticipantsWithEveryOwedDocumentApproved() {
		// 10: 3 of 3; 11: 2 of 3; 12: owes nothing known (0) → not counted
		Computed c = IndicatorComputations.documents(List.of(new ParticipantDocuments(10L, 3, 3),
				new ParticipantDocuments(11L, 3, 2), new ParticipantDocuments(12L, 0, 0)));
		assertThat(c).extracting(Computed::value, Computed::numerator, Computed::denominator)
			.containsExactly(new BigDecimal("33.3"), 1L, 3L);
		assertThat(c.parts().stream().filter(Computed.Part::counted).map(Computed.Part::schoolId)).containsExactly(10L);
	}

	@Test
	void roadMapsOnTrackAreGreenWithMeasures() {
		Map<Long, RoadMapFacts> maps = Map.of(1L, new RoadMapFacts(5, null, Rag.GREEN), // suggested
																						// green
				2L, new RoadMapFacts(5, Rag.AMBER, Rag.GREEN), // the review decides:
																// amber
				3L, new RoadMapFacts(0, null, Rag.GREEN), // no measures yet
				4L, new RoadMapFacts(2, Rag.GREEN, Rag.RED)); // reviewed green
		// 5: a participant without a road map
		Computed c = IndicatorComputations.roadMaps(List.of(1L, 2L, 3L, 4L, 5L), maps);
		assertThat(c).extracting(Computed::value, Computed::numerator, Computed::denominator)
			.containsExactly(new BigDecimal("40.0"), 2L, 5L);
		assertThat(c.parts().stream().filter(Computed.Part::counted).map(Computed.Part::schoolId)).containsExactly(1L,
				4L);
	}

	@Test
	void networkShareOfTheMunicipalitysSchools() {
		Computed c = IndicatorComputations.network(List.of(1L, 2L, 3L), Set.of(2L, 3L, 99L));
		assertThat(c).extracting(Computed::value, Computed::numerator, Computed::denominator)
			.containsExactly(new BigDecimal("66.7"), 2L, 3L);
	}

	@Test
	void teacherIndicatorsInPercentAndYesNo() {
		Computed share = IndicatorSources.teacher(new TeacherIndicator(9, new BigDecimal("0.3333"), 1, 3L,
				List.of(new TeacherIndicator.SchoolPart(5L, 1, 3))));
		assertThat(share).extracting(Computed::value, Computed::numerator, Computed::denominator)
			.containsExactly(new BigDecimal("33.3"), 1L, 3L);
		assertThat(share.parts()).containsExactly(new Computed.Part(5L, 1, 3));
		Computed yes = IndicatorSources.teacher(new TeacherIndicator(11, BigDecimal.ONE, 2, null, List.of()));
		assertThat(yes.value()).isEqualByComparingTo("1");
		assertThat(yes.denominator()).isNull();
		Computed empty = IndicatorSources.teacher(new TeacherIndicator(15, null, 0, 0L, List.of()));
		assertThat(empty.value()).isNull();
	}

	@Test
	void statusAgainstTheTargetInTheDirectionOfGood() {
		BigDecimal target = new BigDecimal("80");
		assertThat(status(true, target, "80")).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(status(true, target, "72")).isEqualTo(IndicatorStatus.CLOSE); // 8 = 10
																					// %
		assertThat(status(true, target, "71.9")).isEqualTo(IndicatorStatus.NOT_ACHIEVED);
		BigDecimal low = new BigDecimal("20");
		assertThat(status(false, low, "20")).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(status(false, low, "15")).isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(status(false, low, "22")).isEqualTo(IndicatorStatus.CLOSE);
		assertThat(status(false, low, "22.1")).isEqualTo(IndicatorStatus.NOT_ACHIEVED);
		assertThat(status(true, null, "50")).isEqualTo(IndicatorStatus.NO_TARGET);
		assertThat(status(true, target, null)).isEqualTo(IndicatorStatus.NO_VALUE);
		assertThat(IndicatorComputations.status(IndicatorKind.YES_NO, true, BigDecimal.ONE, BigDecimal.ZERO))
			.isEqualTo(IndicatorStatus.NOT_ACHIEVED);
		assertThat(IndicatorComputations.status(IndicatorKind.YES_NO, true, BigDecimal.ONE, BigDecimal.ONE))
			.isEqualTo(IndicatorStatus.ACHIEVED);
	}

	private static IndicatorStatus status(boolean higherBetter, BigDecimal target, String value) {
		return IndicatorComputations.status(IndicatorKind.SHARE, higherBetter, target,
				(value != null) ? new BigDecimal(value) : null);
	}

}
