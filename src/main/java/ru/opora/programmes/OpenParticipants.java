package ru.opora.programmes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: every participant school of the open programme years with the day it joined
 * its earliest open year, in one query. No access check (a scheduled job's input).
 */
@Component
@RequiredArgsConstructor
public class OpenParticipants {

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public Map<Long, Instant> joinedBySchool() {
		Map<Long, Instant> joined = new HashMap<>();
		this.jdbc.sql("""
				select pp.school_id, min(pp.added_at)
				from programme_participant pp join programme_year p on p.id = pp.programme_year_id
				where not p.closed group by pp.school_id""").query((rs) -> {
			joined.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
		});
		return joined;
	}

}
