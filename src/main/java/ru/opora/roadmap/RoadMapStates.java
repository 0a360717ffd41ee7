package ru.opora.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small read API for other modules (project indicator 7): the state of every school
 * road map of a programme year, as the monitoring page judges it, in two queries whatever
 * the number of schools. Ids and counts only, no access check (the caller scopes the
 * programme year).
 */
@Service
@RequiredArgsConstructor
public class RoadMapStates {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RoadMapMonitoring monitoring;

	/**
	 * Per school with a school road map in the programme year: its live measures and
	 * RAGs.
	 */
	@Transactional(readOnly = true)
	public Map<Long, State> ofProgrammeYearUnchecked(Long programmeYearId) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Long> schoolOfMap = new LinkedHashMap<>();
		this.jdbc.sql(
				"select id, school_id from road_map where programme_year_id = ? and school_id is not null order by school_id")
			.param(programmeYearId)
			.query((rs) -> {
				schoolOfMap.put(rs.getLong(1), rs.getLong(2));
			});
		Map<Long, List<RoadMapMonitoring.Measure>> measures = this.monitoring.measuresOfYear(programmeYearId);
		Map<Long, List<Rag>> rags = new HashMap<>();
		this.jdbc.sql("""
				select s.road_map_id, s.rag from road_map_section s join road_map m on m.id = s.road_map_id
				where m.programme_year_id = ? and m.school_id is not null""").param(programmeYearId).query((rs) -> {
			String rag = rs.getString(2);
			rags.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add((rag != null) ? Rag.valueOf(rag) : null);
		});
		Map<Long, State> out = new LinkedHashMap<>();
		schoolOfMap.forEach((mapId, schoolId) -> {
			List<RoadMapMonitoring.Measure> list = measures.getOrDefault(mapId, List.of());
			Progress progress = Progress.of(list.stream().map(RoadMapMonitoring.Measure::status).toList(),
					list.stream().map(RoadMapMonitoring.Measure::due).toList(), today);
			out.put(schoolId, new State(progress.total(), progress.overdue(),
					ProgressRules.worst(rags.getOrDefault(mapId, List.of())), progress.suggestedRag()));
		});
		return out;
	}

	/**
	 * A school road map's state.
	 *
	 * @param measures live measures
	 * @param overdue of them, overdue
	 * @param reviewedRag the worst RAG of its reviewed sections (null: none reviewed)
	 * @param suggestedRag the RAG the deadlines suggest
	 */
	public record State(int measures, int overdue, Rag reviewedRag, Rag suggestedRag) {

	}

}
