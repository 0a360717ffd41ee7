package ru.opora.network;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small read API for other modules (project indicator 8): the schools of a municipality
 * in network interaction in a year, in one query. Ids only, no access check.
 */
@Service
@RequiredArgsConstructor
public class NetworkParticipation {

	private final JdbcClient jdbc;

	/**
	 * Schools that are the mentor or the mentee of a pair in a network of the
	 * municipality whose programme year is {@code year}, the pair made by {@code asOf}
	 * and not ended before 1 January of the year.
	 */
	@Transactional(readOnly = true)
	public Set<Long> schoolsInPairsUnchecked(Long municipalityId, int year, LocalDate asOf, ZoneId zone) {
		return new LinkedHashSet<>(this.jdbc.sql("""
				select distinct s.school_id from network n
				join programme_year p on p.id = n.programme_year_id
				join network_pair np on np.network_id = n.id
				cross join lateral (values (np.mentor_school_id), (np.mentee_school_id)) as s(school_id)
				where n.municipality_id = ? and p.year = ?
				  and np.created_at < ? and (np.ended_at is null or np.ended_at >= ?)
				order by 1""")
			.param(municipalityId)
			.param(year)
			.param(java.sql.Timestamp.from(asOf.plusDays(1).atStartOfDay(zone).toInstant()))
			.param(java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant()))
			.query(Long.class)
			.list());
	}

}
