package ru.opora.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.common.PagedResult;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolService;

/**
 * The monitoring read model: every participant's road map of a programme year side by
 * side (progress, worst RAG, reviews, last activity), in a fixed number of queries
 * whatever the number of schools. Read only. The other read models of the module are
 * public and unchecked, for other modules: {@link RoadMapStates} (indicators),
 * {@link RoadMapSignals} (early warning), {@link MunicipalRoadMapProgress} (public page).
 */
@Service
@RequiredArgsConstructor
class RoadMapMonitoring {

	static final int PAGE_SIZE = 50;

	private final RoadMapAccess access;

	private final RoadMapChanges changes;

	private final JdbcClient jdbc;

	private final SchoolService schools;

	private final Clock clock;

	/**
	 * The summaries' counts by programme year, for the data version they were counted at
	 * (see {@link #summary}).
	 */
	private final Map<Long, CountedSummary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * One page of the participants' road maps side by side, ordered by school name
	 * (coordinator of the municipality, administrator, observer of the region), with the
	 * summary over all participants: the participants' names in one query, then the maps,
	 * measures and sections of that page's schools only, and the summary as one
	 * aggregate.
	 */
	@Transactional(readOnly = true)
	public MonitoringPage monitoring(Long yearId, Integer page) {
		ProgrammeYearSummary year = this.access.municipalYear(yearId);
		LocalDate today = this.changes.today();
		Map<Long, String> allNames = this.schools.visibleSchoolNames(year.participantIds());
		PagedResult<Map.Entry<Long, String>> slice = PagedResult.slice(List.copyOf(allNames.entrySet()), page,
				PAGE_SIZE);
		List<Long> ids = slice.content().stream().map(Map.Entry::getKey).toList();
		record MapRow(Long id, Long schoolId, Instant lastActivity) {
		}
		Map<Long, MapRow> maps = ids.isEmpty() ? Map.of()
				: this.jdbc.sql("""
						select id, school_id, last_activity_at from road_map
						where programme_year_id = :year and school_id in (:ids)""")
					.param("year", yearId)
					.param("ids", ids)
					.query((rs, i) -> new MapRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
					.list()
					.stream()
					.collect(Collectors.toMap(MapRow::schoolId, (m) -> m));
		List<Long> mapIds = maps.values().stream().map(MapRow::id).toList();
		Map<Long, List<Measure>> measuresByMap = measuresOf(mapIds);
		Map<Long, Reviews> reviewsByMap = reviewsOf(mapIds);
		List<MonitoringRow> rows = new ArrayList<>();
		for (Map.Entry<Long, String> school : slice.content()) {
			MapRow map = maps.get(school.getKey());
			if (map == null) {
				rows.add(new MonitoringRow(school.getKey(), school.getValue(), null, Progress.of(List.of()), null, 0,
						null, null, true));
				continue;
			}
			List<Measure> measures = measuresByMap.getOrDefault(map.id(), List.of());
			Progress progress = Progress.of(measures.stream().map(Measure::status).toList(),
					measures.stream().map(Measure::due).toList(), today);
			Reviews reviews = reviewsByMap.getOrDefault(map.id(), Reviews.NONE);
			rows.add(new MonitoringRow(school.getKey(), school.getValue(), map.id(), progress, reviews.worst(),
					reviews.unreviewed(), reviews.nextReview(), this.changes.local(map.lastActivity()),
					ProgressRules.inactive(map.lastActivity(), this.clock)));
		}
		return new MonitoringPage(year, new PagedResult<>(rows, slice.page(), slice.size(), slice.totalElements()),
				summary(yearId, allNames.keySet()));
	}

	/**
	 * Road maps and live measures of all the participants (whom every user who may open
	 * the page sees), as one aggregate: each map's measures counted through the index on
	 * {@code road_map_id}, then summed (a join with every measure and a
	 * {@code count(distinct)} read and sorted all of them: 6.5 ms a call on the region,
	 * docs/benchmarks.md «Step 9f»).
	 */
	private MonitoringSummary summary(Long yearId, java.util.Collection<Long> schoolIds) {
		if (schoolIds.isEmpty()) {
			return new MonitoringSummary(0, 0, 0, 0);
		}
		// counted once per data version: the aggregate over 12,000 measures was
		// the page's costliest statement (1.1 ms a call, docs/benchmarks.md step 10c).
		// The version is the sum of indicator_data_change's changes, which every
		// statement changing road_map, road_map_item or programme_participant moves
		// (V108's triggers), on any node; a read-write transaction neither reads nor
		// fills the cache (it may see its own uncommitted changes)
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return countSummary(yearId, schoolIds.size());
		}
		long version = this.jdbc.sql("select coalesce(sum(changes), 0) from indicator_data_change")
			.query(Long.class)
			.single();
		CountedSummary cached = this.summaries.get(yearId);
		if (cached != null && cached.version() == version) {
			return new MonitoringSummary(schoolIds.size(), cached.withMap(), cached.measures(), cached.done());
		}
		MonitoringSummary counted = countSummary(yearId, schoolIds.size());
		if (this.summaries.size() >= MAX_CACHED_SUMMARIES) {
			this.summaries.clear();
		}
		this.summaries.put(yearId, new CountedSummary(version, counted.withMap(), counted.measures(), counted.done()));
		return counted;
	}

	/** Programme years whose summary is kept (the cache is emptied when full). */
	private static final int MAX_CACHED_SUMMARIES = 1000;

	/**
	 * A summary's counts and the data version they were counted at.
	 */
	private record CountedSummary(long version, int withMap, int measures, int done) {

	}

	private MonitoringSummary countSummary(Long yearId, int participants) {
		return this.jdbc.sql("""
				select count(*), coalesce(sum(x.measures), 0), coalesce(sum(x.done), 0)
				from road_map m cross join lateral (
				    select count(*) measures, count(*) filter (where i.status = 'DONE') done
				    from road_map_item i where i.road_map_id = m.id and i.deleted_at is null) x
				where m.programme_year_id = :year and m.school_id in
				      (select p.school_id from programme_participant p where p.programme_year_id = :year)""")
			.param("year", yearId)
			.query((rs, i) -> new MonitoringSummary(participants, rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/**
	 * The sections' reviews of the page's road maps as one aggregate per map (the worst
	 * RAG as {@link ProgressRules#worst}, how many sections have none, the earliest next
	 * review), not the sections as entities.
	 */
	private Map<Long, Reviews> reviewsOf(List<Long> mapIds) {
		Map<Long, Reviews> reviews = new HashMap<>();
		if (mapIds.isEmpty()) {
			return reviews;
		}
		Rag[] rags = Rag.values();
		this.jdbc.sql("""
				select road_map_id, min(case rag when 'RED' then 0 when 'AMBER' then 1 when 'GREEN' then 2 end),
				       count(*) filter (where rag is null), min(next_review_on)
				from road_map_section where road_map_id = any(?) group by road_map_id""")
			.param(mapIds.toArray(Long[]::new))
			.query((rs) -> {
				int worst = rs.getInt(2);
				reviews.put(rs.getLong(1),
						new Reviews(rs.wasNull() ? null : rags[worst], rs.getInt(3), rs.getObject(4, LocalDate.class)));
			});
		return reviews;
	}

	/**
	 * A road map's section reviews: the worst RAG (null when none is reviewed), the
	 * sections without a review, the earliest next review.
	 */
	private record Reviews(Rag worst, int unreviewed, LocalDate nextReview) {

		static final Reviews NONE = new Reviews(null, 0, null);

	}

	private Map<Long, List<Measure>> measuresOf(List<Long> mapIds) {
		Map<Long, List<Measure>> measuresByMap = new HashMap<>();
		if (mapIds.isEmpty()) {
			return measuresByMap;
		}
		this.jdbc.sql("""
				select road_map_id, status, due_date from road_map_item
				where road_map_id in (:ids) and deleted_at is null""").param("ids", mapIds).query((rs) -> {
			measuresByMap.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new Measure(MeasureStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)));
		});
		return measuresByMap;
	}

	/**
	 * A page of the monitoring and the summary over all participants.
	 */
	record MonitoringPage(ProgrammeYearSummary year, PagedResult<MonitoringRow> rows, MonitoringSummary summary) {

	}

	/**
	 * Over all visible participants: how many, how many have a road map, their live
	 * measures and how many of them are done.
	 */
	record MonitoringSummary(int participants, int withMap, int measures, int done) {

	}

	/**
	 * The status and due date of every live measure of a programme year's school road
	 * maps, by road map, in one query (also what {@link RoadMapStates} counts).
	 */
	Map<Long, List<Measure>> measuresOfYear(Long yearId) {
		Map<Long, List<Measure>> measuresByMap = new HashMap<>();
		this.jdbc.sql("""
				select i.road_map_id, i.status, i.due_date from road_map_item i join road_map m on m.id = i.road_map_id
				where m.programme_year_id = ? and m.school_id is not null and i.deleted_at is null""")
			.param(yearId)
			.query((rs) -> {
				measuresByMap.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new Measure(MeasureStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class)));
			});
		return measuresByMap;
	}

	/**
	 * A live measure as progress counts it.
	 */
	record Measure(MeasureStatus status, LocalDate due) {

	}

}
