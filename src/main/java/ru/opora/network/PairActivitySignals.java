package ru.opora.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts for the early warning: every active pair of a network of an open
 * programme year with the day of its last joint activity held (null if none yet), in one
 * query. No access check (a scheduled job's input).
 */
@Component
@RequiredArgsConstructor
public class PairActivitySignals {

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public List<PairActivity> activePairs() {
		return this.jdbc.sql("""
				select np.id, np.mentor_school_id, np.mentee_school_id, np.created_at,
				       (select max(a.held_on) from network_activity a where a.pair_id = np.id and a.status = 'HELD')
				from network_pair np
				join network n on n.id = np.network_id
				join programme_year p on p.id = n.programme_year_id
				where not p.closed and np.ended_at is null
				order by np.id""")
			.query((rs, n) -> new PairActivity(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant(), rs.getObject(5, LocalDate.class)))
			.list();
	}

	/**
	 * An active pair: its schools, when it was formed, the last activity held.
	 */
	public record PairActivity(Long pairId, Long mentorSchoolId, Long menteeSchoolId, Instant createdAt,
			LocalDate lastHeldOn) {

	}

}
