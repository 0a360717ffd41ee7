package ru.opora.roadmap;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.opora.users.CurrentUser;

/**
 * What every change of a road map shares: a line of its history (in the same transaction
 * as the change), its last activity, the row numbers users see, and the clock.
 */
@Component
@RequiredArgsConstructor
class RoadMapChanges {

	private final JdbcClient jdbc;

	private final RoadMapRepository maps;

	private final Clock clock;

	/**
	 * Writes a history line (several lines of one change, then one {@link #touch}).
	 */
	void record(Long mapId, Long itemId, Long sectionId, String action, String field, String before, String after) {
		this.jdbc.sql("""
				insert into road_map_change (road_map_id, item_id, section_id, action, field, old_value, new_value,
				username, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mapId, itemId, sectionId, action, field, before, after, username(), Timestamp.from(now()))
			.update();
	}

	/**
	 * Notes activity on the road map (monitoring's «последняя активность»).
	 */
	void touch(Long mapId) {
		this.maps.touch(mapId, now());
	}

	/**
	 * The numbers the rows show in the table (counted through all sections, as the page
	 * counts them). Reads the database: flush pending row changes first.
	 */
	Map<Long, Integer> rowNumbers(Long mapId) {
		List<Long> ids = this.jdbc.sql("""
				select i.id from road_map_item i join road_map_section s on s.id = i.section_id
				where i.road_map_id = ? and i.deleted_at is null order by s.position, s.id, i.position, i.id""")
			.param(mapId)
			.query(Long.class)
			.list();
		Map<Long, Integer> numbers = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			numbers.put(ids.get(i), i + 1);
		}
		return numbers;
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	LocalDateTime local(Timestamp t) {
		return (t != null) ? local(t.toInstant()) : null;
	}

	LocalDateTime local(Instant i) {
		return (i != null) ? LocalDateTime.ofInstant(i, this.clock.getZone()) : null;
	}

	static String username() {
		return CurrentUser.require().username();
	}

}
