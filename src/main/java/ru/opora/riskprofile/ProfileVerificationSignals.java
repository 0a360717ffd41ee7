package ru.opora.riskprofile;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts for the early warning: risk profiles of the open programme years not
 * yet verified by both the school and its curator, in one query. The profile has no
 * verification deadline of its own; the early warning counts from the profile's creation.
 * No access check (a scheduled job's input).
 */
@Component
@RequiredArgsConstructor
public class ProfileVerificationSignals {

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public List<Unverified> unverified() {
		return this.jdbc.sql("""
				select r.school_id, r.programme_year_id, r.created_at
				from risk_profile r
				join programme_year p on p.id = r.programme_year_id
				join programme_participant pp on pp.programme_year_id = p.id and pp.school_id = r.school_id
				where not p.closed and (r.school_confirmed_at is null or r.curator_confirmed_at is null)
				order by r.created_at, r.id""")
			.query((rs, n) -> new Unverified(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/**
	 * A profile waiting for its verification since {@code createdAt}.
	 */
	public record Unverified(Long schoolId, Long programmeYearId, Instant createdAt) {

	}

}
