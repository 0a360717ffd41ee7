package ru.opora.network;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upcoming events of a municipality's networks as the public may see them: date, kind and
 * title only (no school, person, place or report), without an access check. One query.
 */
@Service
@RequiredArgsConstructor
public class PublicNetworkEvents {

	private final JdbcClient jdbc;

	/**
	 * Planned intensive days and planned joint activities of the municipality's networks
	 * between {@code from} and {@code until} (inclusive), by date, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<PublicEvent> upcoming(Long municipalityId, LocalDate from, LocalDate until, int limit) {
		return this.jdbc.sql("""
				select * from (
				  select d.held_on as day, 'INTENSIVE_DAY' as type, null as kind, d.title as title
				  from intensive_day d join network n on n.id = d.network_id
				  where n.municipality_id = :m and d.status = 'PLANNED' and d.held_on between :from and :until
				  union all
				  select a.planned_on, 'ACTIVITY', k.name, a.topic
				  from network_activity a join network_pair p on p.id = a.pair_id join network n on n.id = p.network_id
				  join activity_kind k on k.id = a.kind_id
				  where n.municipality_id = :m and a.status = 'PLANNED' and p.ended_at is null
				    and a.planned_on between :from and :until
				) e order by day, type desc, title limit :limit""")
			.param("m", municipalityId)
			.param("from", from)
			.param("until", until)
			.param("limit", limit)
			.query((rs, i) -> new PublicEvent(rs.getObject(1, LocalDate.class), EventType.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * What kind of event: a municipal intensive day or a pair's joint activity.
	 */
	public enum EventType {

		INTENSIVE_DAY, ACTIVITY

	}

	/**
	 * An upcoming event: its date, type, the activity kind's name (null for an intensive
	 * day) and its title.
	 */
	public record PublicEvent(LocalDate date, EventType type, String kindName, String title) {

	}

}
