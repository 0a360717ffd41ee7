package ru.opora.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.schools.SchoolScope;

/**
 * «Анализ школ» before its row filters: every school of a scope (and municipality)
 * classified in a year, with the counts, kept in memory per data version
 * ({@link AnalysisData.Versions#all()}: results, passports, rules, school records and
 * municipalities, committed on any node). A view then only filters the kept rows (group,
 * «стабильно низкие», name) and renders a page of them; before, each view read and
 * matched the facts of every visible school. Only read-only transactions read or fill it
 * (a writing one may see its own uncommitted changes). At most
 * {@code opora.analysis.overview-cache-rows} rows are kept per version, in all overviews
 * together (default 50,000, some 15 MB: the region-wide overview of 2,000 schools in ten
 * years and every municipality's; the overviews beyond are computed on each view; 0
 * switches it off).
 */
@Component
class OverviewCache {

	private final AnalysisData data;

	private final int capacity;

	private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(-1));

	private final LongAdder computed = new LongAdder();

	OverviewCache(AnalysisData data, @Value("${opora.analysis.overview-cache-rows:50000}") int capacity) {
		this.data = data;
		this.capacity = capacity;
	}

	/**
	 * What an overview is computed from besides the data: who looks (the scope, e.g. a
	 * coordinator's municipality), the year asked for (null: the latest with data, or
	 * {@code thisYear} when none) and the municipality filter.
	 */
	record Key(SchoolScope scope, Integer year, Long municipalityId, int thisYear) {

	}

	AnalysisOverview get(Key key, Supplier<AnalysisOverview> compute) {
		if (this.capacity <= 0 || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return count(compute);
		}
		// the version is read before the data: what is kept under it is at least as new
		long version = this.data.versions().all();
		Generation current = this.generation.updateAndGet((g) -> (g.version < version) ? new Generation(version) : g);
		if (current.version != version) {
			return count(compute);
		}
		AnalysisOverview kept = current.overviews.get(key);
		if (kept != null) {
			return kept;
		}
		AnalysisOverview fresh = count(compute);
		int rows = Math.max(1, fresh.rows().size());
		if (current.rows.addAndGet(rows) <= this.capacity) {
			if (current.overviews.putIfAbsent(key, fresh) != null) {
				current.rows.addAndGet(-rows);
			}
		}
		else {
			current.rows.addAndGet(-rows);
		}
		return fresh;
	}

	/**
	 * How many overviews were computed (not taken from the cache) since the start: for
	 * tests and benchmarks.
	 */
	long computedOverviews() {
		return this.computed.sum();
	}

	private AnalysisOverview count(Supplier<AnalysisOverview> compute) {
		this.computed.increment();
		return compute.get();
	}

	/** The overviews of one data version. */
	private static final class Generation {

		final long version;

		final Map<Key, AnalysisOverview> overviews = new ConcurrentHashMap<>();

		/** The rows of the kept overviews. */
		final AtomicLong rows = new AtomicLong();

		Generation(long version) {
			this.version = version;
		}

	}

}
