package ru.opora.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about the school road maps of the open programme years, for the early
 * warning: one query per fact over all schools. No access check (a scheduled job's
 * input).
 */
@Component
@RequiredArgsConstructor
public class RoadMapSignals {

	private final JdbcClient jdbc;

	/**
	 * The last change of each school's road map (any field, row or section), by school.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastChanges() {
		Map<Long, Instant> last = new HashMap<>();
		this.jdbc.sql("""
				select m.school_id, max(c.changed_at)
				from road_map_change c
				join road_map m on m.id = c.road_map_id
				join programme_year p on p.id = m.programme_year_id
				where m.kind = 'SCHOOL' and not p.closed
				group by m.school_id""").query((rs) -> {
			last.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
		});
		return last;
	}

	/**
	 * Measures of school road maps whose due date is before {@code today} and that are
	 * neither done nor marked not done (the road map's «просрочено»), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<OverdueMeasure> overdueMeasures(LocalDate today) {
		return this.jdbc.sql("""
				select m.school_id, m.id, i.id, i.due_date
				from road_map_item i
				join road_map m on m.id = i.road_map_id
				join programme_year p on p.id = m.programme_year_id
				where m.kind = 'SCHOOL' and not p.closed and i.deleted_at is null and i.due_date is not null
				  and i.status not in ('DONE', 'NOT_DONE') and i.due_date < ?
				order by i.due_date, i.id""")
			.param(today)
			.query((rs, n) -> new OverdueMeasure(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	/**
	 * A measure past its due date.
	 */
	public record OverdueMeasure(Long schoolId, Long roadMapId, Long itemId, LocalDate dueDate) {

	}

}
