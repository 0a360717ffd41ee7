package ru.opora.analysis;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.jdbc.core.RowMapper;

/**
 * An import in the list of recent imports.
 */
public record ImportLogEntry(Long id, ImportKind kind, String fileName, int rows, int inserted, int updated,
		String createdBy, LocalDateTime createdAt) {

	static RowMapper<ImportLogEntry> mapper(ZoneId zone) {
		return (rs, i) -> new ImportLogEntry(rs.getLong(1), ImportKind.valueOf(rs.getString(2)), rs.getString(3),
				rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
				LocalDateTime.ofInstant(rs.getTimestamp(8).toInstant(), zone));
	}

}
