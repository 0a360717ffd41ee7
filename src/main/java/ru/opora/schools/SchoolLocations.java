package ru.opora.schools;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a school is ({@link SchoolLocation}), for the access rules: one plain SQL
 * statement. Every page of a school asks it at least once (through
 * {@link SchoolService#checkedLocation} or {@link SchoolAccess}); the JPQL projection it
 * replaces went through Spring Data's query method and Hibernate's query plan on each
 * call, some 7 % of a school road map's CPU (docs/benchmarks.md «Step 13a»). A school's
 * municipality is written only by {@link SchoolService#update}, which checks the location
 * of the entity it holds, so reading the stored row here sees what the JPQL query saw.
 */
@Component
@RequiredArgsConstructor
class SchoolLocations {

	private final JdbcClient jdbc;

	/**
	 * The school's location; empty for an unknown id (or {@code null}).
	 */
	Optional<SchoolLocation> of(Long schoolId) {
		if (schoolId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select s.id, s.municipality_id, m.region_id
				from school s join municipality m on m.id = s.municipality_id where s.id = ?""")
			.param(schoolId)
			.query((rs, n) -> new SchoolLocation(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

}
