package ru.opora.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.schools.SchoolFacts;

/**
 * Classifies many schools at once: the results of each region's schools are aggregated
 * with that region's rule in one query, the passports are read in one query, and
 * {@link ClassificationCalculator} does the rest.
 * <p>
 * In a read-only transaction (every view) the classifications are kept in memory for the
 * current data version ({@link AnalysisData#dataVersion()}, which every committed change
 * of results, passports or rules moves, on every node), each with the rule and the school
 * traits it was computed from: a view classifies only the schools whose entry is missing
 * or was computed with another rule or other traits (a changed school record), and a
 * changed data version drops every entry. A read-write transaction neither reads nor
 * fills the cache (it may see its own uncommitted changes). At most
 * {@code opora.analysis.classification-cache-schools} schools are kept (the first ones
 * classified; the others are classified on each view).
 */
@Component
class Classifier {

	private final AnalysisData data;

	private final int capacity;

	private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(-1));

	private final LongAdder computed = new LongAdder();

	Classifier(AnalysisData data, @Value("${opora.analysis.classification-cache-schools:10000}") int capacity) {
		this.data = data;
		this.capacity = capacity;
	}

	/**
	 * Every year's classification of each school, oldest first, in the order of the given
	 * schools.
	 */
	Map<Long, List<YearClassification>> classify(List<SchoolFacts> schools,
			Function<Long, ClassificationParameters> ruleOfRegion) {
		if (schools.isEmpty() || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				|| this.capacity <= 0) {
			return compute(schools, ruleOfRegion);
		}
		long version = this.data.dataVersion();
		Generation current = this.generation.updateAndGet((g) -> (g.version < version) ? new Generation(version) : g);
		boolean store = current.version == version;
		// one rule instance per distinct rule: an entry is checked by identity, not by
		// comparing every threshold and weight for each school
		Map<Long, ClassificationParameters> canonical = new HashMap<>();
		Function<Long, ClassificationParameters> rule = (regionId) -> canonical.computeIfAbsent(regionId,
				(id) -> current.rules.computeIfAbsent(ruleOfRegion.apply(id), (r) -> r));
		Map<Long, Entry> found = new HashMap<>();
		List<SchoolFacts> missing = new ArrayList<>();
		for (SchoolFacts school : schools) {
			Entry entry = store ? current.entries.get(school.id()) : null;
			if (entry != null && entry.rule() == rule.apply(school.regionId())
					&& entry.traits().equals(traits(school))) {
				found.put(school.id(), entry);
			}
			else {
				missing.add(school);
			}
		}
		Map<Long, List<YearClassification>> fresh = missing.isEmpty() ? Map.of() : compute(missing, rule);
		if (store) {
			for (SchoolFacts school : missing) {
				if (current.entries.size() >= this.capacity && !current.entries.containsKey(school.id())) {
					break;
				}
				current.entries.put(school.id(),
						new Entry(rule.apply(school.regionId()), traits(school), fresh.get(school.id())));
			}
		}
		Map<Long, List<YearClassification>> out = new LinkedHashMap<>();
		for (SchoolFacts school : schools) {
			Entry entry = found.get(school.id());
			out.put(school.id(), (entry != null) ? entry.years() : fresh.get(school.id()));
		}
		return out;
	}

	/**
	 * How many school classifications were computed (not taken from the cache) since the
	 * start: for tests and benchmarks.
	 */
	long computedSchools() {
		return this.computed.sum();
	}

	private Map<Long, List<YearClassification>> compute(List<SchoolFacts> schools,
			Function<Long, ClassificationParameters> ruleOfRegion) {
		this.computed.add(schools.size());
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
			out.put(school.id(),
					List.copyOf(ClassificationCalculator.classify(rules.get(school.regionId()), traits(school),
							(years != null) ? years.years() : Map.of(),
							passports.getOrDefault(school.id(), Map.of()))));
		}
		return out;
	}

	static SchoolTraits traits(SchoolFacts school) {
		return new SchoolTraits(school.rural(), school.smallSchool(), school.distanceKm());
	}

	private record ResultSummaryByYear(Map<Integer, ResultSummary> years) {

	}

	/** A school's classifications and what they were computed from. */
	private record Entry(ClassificationParameters rule, SchoolTraits traits, List<YearClassification> years) {

	}

	/** The cache of one data version. */
	private static final class Generation {

		final long version;

		final Map<Long, Entry> entries = new ConcurrentHashMap<>();

		/** The rules the entries were computed with, each kept once. */
		final Map<ClassificationParameters, ClassificationParameters> rules = new ConcurrentHashMap<>();

		Generation(long version) {
			this.version = version;
		}

	}

}
