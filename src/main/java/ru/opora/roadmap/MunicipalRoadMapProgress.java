package ru.opora.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of the MUNICIPAL road maps of programme years, without an access check
 * (aggregates only, for the public page): one query whatever the number of years. Rows
 * nobody has filled in yet do not count, as on the road map's own page.
 */
@Service
@RequiredArgsConstructor
public class MunicipalRoadMapProgress {

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Progress per programme year id; a year without a municipal road map is missing.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Progress> ofYears(Collection<Long> programmeYearIds) {
		if (programmeYearIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<MeasureStatus>> statuses = new HashMap<>();
		Map<Long, List<LocalDate>> dues = new HashMap<>();
		this.jdbc
			.sql("""
					select m.programme_year_id, i.status, i.due_date
					from road_map m left join road_map_item i on i.road_map_id = m.id and i.deleted_at is null
					  and not (i.status = 'NOT_STARTED' and coalesce(btrim(i.task), '') = '' and coalesce(btrim(i.action), '') = ''
					       and i.due_date is null and coalesce(btrim(i.due_text), '') = '' and coalesce(btrim(i.responsible), '') = ''
					       and coalesce(btrim(i.participants), '') = '' and coalesce(btrim(i.indicator), '') = ''
					       and coalesce(btrim(i.expected_result), '') = '' and coalesce(btrim(i.done_mark), '') = '')
					where m.kind = 'MUNICIPAL' and m.programme_year_id in (:years)""")
			.param("years", programmeYearIds)
			.query((rs) -> {
				long year = rs.getLong(1);
				List<MeasureStatus> s = statuses.computeIfAbsent(year, (y) -> new ArrayList<>());
				List<LocalDate> d = dues.computeIfAbsent(year, (y) -> new ArrayList<>());
				String status = rs.getString(2);
				if (status != null) {
					s.add(MeasureStatus.valueOf(status));
					d.add(rs.getObject(3, LocalDate.class));
				}
			});
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Progress> result = new HashMap<>();
		statuses.forEach((year, list) -> result.put(year, Progress.of(list, dues.get(year), today)));
		return result;
	}

}
