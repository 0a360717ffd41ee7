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

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
class IndicatorSources {

	private static final Object VERSION_KEY = new Object();

	private final MunicipalitySchools schools;

	private final SchoolClassifications classifications;

	private final DocumentCompletion documents;

	private final RoadMapStates roadMaps;

	private final NetworkParticipation network;

	private final TeacherIndicatorService teachers;

	private final ProgrammeService programmes;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final int capacity;

	private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(-1, null));

	private final LongAdder computed = new LongAdder();

	IndicatorSources(MunicipalitySchools schools, SchoolClassifications classifications, DocumentCompletion documents,
			RoadMapStates roadMaps, NetworkParticipation network, TeacherIndicatorService teachers,
			ProgrammeService programmes, Clock clock, JdbcClient jdbc,
			@Value("${opora.indicators.cache-periods:200}") int capacity) {
		this.schools = schools;
		this.classifications = classifications;
		this.documents = documents;
		this.roadMaps = roadMaps;
		this.network = network;
		this.teachers = teachers;
		this.programmes = programmes;
		this.clock = clock;
		this.jdbc = jdbc;
		this.capacity = capacity;
	}

	/**
	 * The computed indicators of each period of one municipality (by code), in the order
	 * of the given periods.
	 * <p>
	 * In a read-only transaction (every view) they are kept in memory per period for the
	 * current data version and day: the version is the number of committed statements
	 * that changed any table they are computed from ({@code indicator_data_change}, see
	 * {@code V108__indicators_data_changes.sql}), read once per transaction, so a change
	 * on any node is seen by every node's next view; the day because road maps' deadlines
	 * and the teachers' figures depend on it. A read-write transaction neither reads nor
	 * fills the cache (it may see its own uncommitted changes). At most
	 * {@code opora.indicators.cache-periods} periods are kept (the first ones computed;
	 * the others are computed on each view).
	 */
	Map<Period, Map<String, Computed>> compute(Long municipalityId, List<Period> periods) {
		if (periods.isEmpty() || this.capacity <= 0
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return computeLive(municipalityId, periods);
		}
		long version = version();
		LocalDate today = LocalDate.now(this.clock);
		Generation current = this.generation
			.updateAndGet((g) -> (g.version < version || (g.version == version && !today.equals(g.day)))
					? new Generation(version, today) : g);
		boolean store = current.version == version && today.equals(current.day);
		List<Period> missing = periods.stream()
			.filter((p) -> !store || !current.periods.containsKey(p))
			.distinct()
			.toList();
		Map<Period, Map<String, Computed>> fresh = missing.isEmpty() ? Map.of() : computeLive(municipalityId, missing);
		if (store) {
			fresh.forEach((p, values) -> {
				if (current.periods.size() < this.capacity) {
					current.periods.putIfAbsent(p, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)));
				}
			});
		}
		Map<Period, Map<String, Computed>> out = new LinkedHashMap<>();
		for (Period p : periods) {
			Map<String, Computed> values = fresh.get(p);
			out.put(p, (values != null) ? values : current.periods.get(p));
		}
		return out;
	}

	/**
	 * How many periods were computed (not taken from the cache) since the start: for
	 * tests and benchmarks.
	 */
	long computedPeriods() {
		return this.computed.sum();
	}

	/**
	 * The data version, read once per transaction (a comparison of many municipalities
	 * asks once): the number of committed changing statements, kept by compaction.
	 */
	private long version() {
		Long bound = (Long) TransactionSynchronizationManager.getResource(VERSION_KEY);
		if (bound != null) {
			return bound;
		}
		// the sum of the rows' changes, which compaction keeps (V117,
		// DataChangeCompaction)
		Long version = this.jdbc.sql("select coalesce(sum(changes), 0) from indicator_data_change")
			.query(Long.class)
			.single();
		long value = (version != null) ? version : 0;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.bindResource(VERSION_KEY, value);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(VERSION_KEY);
				}
			});
		}
		return value;
	}

	private Map<Period, Map<String, Computed>> computeLive(Long municipalityId, List<Period> periods) {
		Map<Period, Map<String, Computed>> out = new LinkedHashMap<>();
		if (periods.isEmpty()) {
			return out;
		}
		this.computed.add(periods.size());
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

	/** The periods computed for one data version and day. */
	private static final class Generation {

		private final long version;

		private final LocalDate day;

		private final Map<Period, Map<String, Computed>> periods = new ConcurrentHashMap<>();

		Generation(long version, LocalDate day) {
			this.version = version;
			this.day = day;
		}

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
