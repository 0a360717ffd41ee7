package ru.opora.indicators;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The module's tables: the catalogue, the entries (target, hand-entered value) and the
 * public flags. Used only inside the module.
 */
@Repository
@RequiredArgsConstructor
class IndicatorStore {

	private final JdbcClient jdbc;

	List<Indicator> catalogue() {
		return this.jdbc.sql("""
				select code, position, name_ru, name_en, kind, unit, source, method_ru, method_en, higher_better
				from indicator order by position""")
			.query((rs, i) -> new Indicator(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					IndicatorKind.valueOf(rs.getString(5)), rs.getString(6), IndicatorSource.valueOf(rs.getString(7)),
					rs.getString(8), rs.getString(9), rs.getBoolean(10)))
			.list();
	}

	List<Entry> entries(Collection<Long> programmeYearIds) {
		if (programmeYearIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where programme_year_id in (:ids)")
			.param("ids", programmeYearIds)
			.query(IndicatorStore::entry)
			.list();
	}

	Optional<Entry> byId(Long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(IndicatorStore::entry).optional();
	}

	Optional<Entry> entry(Long programmeYearId, Checkpoint checkpoint, String code) {
		return this.jdbc.sql(SELECT + " where programme_year_id = ? and checkpoint = ? and code = ?")
			.param(programmeYearId)
			.param(checkpoint.name())
			.param(code)
			.query(IndicatorStore::entry)
			.optional();
	}

	Long insert(Long municipalityId, Long programmeYearId, Checkpoint checkpoint, String code, BigDecimal target,
			BigDecimal value, String comment, Long evidenceFileId, String username, Instant now) {
		return this.jdbc
			.sql("""
					insert into indicator_entry (municipality_id, programme_year_id, checkpoint, code, target, value, comment,
					                             evidence_file_id, updated_by, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, programmeYearId, checkpoint.name(), code, target, value, comment, evidenceFileId,
					username, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Changes an entry if its version is still {@code version}; false if it changed
	 * meanwhile.
	 */
	boolean update(Long id, long version, BigDecimal target, BigDecimal value, String comment, Long evidenceFileId,
			String username, Instant now) {
		return this.jdbc.sql("""
				update indicator_entry set target = ?, value = ?, comment = ?, evidence_file_id = ?, updated_by = ?,
				       updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(target, value, comment, evidenceFileId, username, Timestamp.from(now), id, version)
			.update() == 1;
	}

	Set<String> publicCodes(Long municipalityId) {
		return new LinkedHashSet<>(this.jdbc.sql("select code from indicator_public where municipality_id = ?")
			.param(municipalityId)
			.query(String.class)
			.list());
	}

	/** Returns whether the flag changed. */
	boolean setPublic(Long municipalityId, String code, boolean shown, String username, Instant now) {
		if (shown) {
			return this.jdbc.sql("""
					insert into indicator_public (municipality_id, code, set_by, set_at) values (?, ?, ?, ?)
					on conflict do nothing""")
				.params(municipalityId, code, username, Timestamp.from(now))
				.update() == 1;
		}
		return this.jdbc.sql("delete from indicator_public where municipality_id = ? and code = ?")
			.params(municipalityId, code)
			.update() == 1;
	}

	private static final String SELECT = """
			select id, municipality_id, programme_year_id, checkpoint, code, target, value, comment, evidence_file_id,
			       updated_by, updated_at, version from indicator_entry""";

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		long file = rs.getLong(9);
		Long fileId = rs.wasNull() ? null : file;
		Timestamp at = rs.getTimestamp(11);
		return new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), Checkpoint.valueOf(rs.getString(4)),
				rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), fileId, rs.getString(10),
				(at != null) ? at.toInstant() : null, rs.getLong(12));
	}

	/**
	 * A stored target and (for a hand-entered indicator) value of a period.
	 */
	record Entry(Long id, Long municipalityId, Long programmeYearId, Checkpoint checkpoint, String code,
			BigDecimal target, BigDecimal value, String comment, Long evidenceFileId, String updatedBy,
			Instant updatedAt, long version) {

	}

}
