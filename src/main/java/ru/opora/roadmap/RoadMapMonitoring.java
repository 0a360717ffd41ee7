package ru.opora.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final RoadMapSectionRepository sections;

	private final RoadMapAccess access;

	private final RoadMapChanges changes;

	private final JdbcClient jdbc;

	private final SchoolService schools;

	private final Clock clock;

	/**
	 * Every participant's road map side by side (coordinator of the municipality,
	 * administrator, observer of the region).
	 */
	@Transactional(readOnly = true)
	public List<MonitoringRow> monitoring(Long yearId) {
		ProgrammeYearSummary year = this.access.municipalYear(yearId);
		LocalDate today = this.changes.today();
		Map<Long, String> names = this.schools.visibleSchoolNames(year.participantIds());
		record MapRow(Long id, Long schoolId, Instant lastActivity) {
		}
		Map<Long, MapRow> maps = this.jdbc.sql(
				"select id, school_id, last_activity_at from road_map where programme_year_id = ? and school_id is not null")
			.param(yearId)
			.query((rs, i) -> new MapRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(MapRow::schoolId, (m) -> m));
		// statuses and due dates of every live measure, and every section, of the year's
		// school maps: two queries whatever the number of schools
		Map<Long, List<Measure>> measuresByMap = measuresOfYear(yearId);
		Map<Long, List<RoadMapSection>> sectionsByMap = maps.isEmpty() ? Map.of()
				: this.sections.findByRoadMapIdIn(maps.values().stream().map(MapRow::id).toList())
					.stream()
					.collect(Collectors.groupingBy(RoadMapSection::getRoadMapId));
		List<MonitoringRow> rows = new ArrayList<>();
		for (Map.Entry<Long, String> school : names.entrySet()) {
			MapRow map = maps.get(school.getKey());
			if (map == null) {
				rows.add(new MonitoringRow(school.getKey(), school.getValue(), null, Progress.of(List.of()), null, 0,
						null, null, true));
				continue;
			}
			List<Measure> measures = measuresByMap.getOrDefault(map.id(), List.of());
			Progress progress = Progress.of(measures.stream().map(Measure::status).toList(),
					measures.stream().map(Measure::due).toList(), today);
			List<RoadMapSection> secs = sectionsByMap.getOrDefault(map.id(), List.of());
			Rag rag = ProgressRules.worst(secs.stream().map(RoadMapSection::getRag).toList());
			int unreviewed = (int) secs.stream().filter((s) -> s.getRag() == null).count();
			LocalDate nextReview = secs.stream()
				.map(RoadMapSection::getNextReviewOn)
				.filter(Objects::nonNull)
				.min(LocalDate::compareTo)
				.orElse(null);
			rows.add(new MonitoringRow(school.getKey(), school.getValue(), map.id(), progress, rag, unreviewed,
					nextReview, this.changes.local(map.lastActivity()),
					ProgressRules.inactive(map.lastActivity(), this.clock)));
		}
		return rows;
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
