package ru.opora.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.ImportTimer;
import ru.opora.schools.SchoolDirectory;
import ru.opora.schools.SchoolService;
import ru.opora.tabular.Cells;
import ru.opora.tabular.ImportProblems;
import ru.opora.tabular.ImportReport;
import ru.opora.tabular.TabularImport;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Imports results and social passports from XLSX or CSV. Every row is checked; a file
 * with any problem imports nothing and the report lists the problems (row, column, what
 * is wrong). A valid file is upserted in one transaction, so a re-import of the same data
 * changes nothing and a corrected one updates the rows in place. Rows travel through a
 * temporary table filled with COPY, which keeps a million rows fast.
 * <p>
 * The municipal coordinator imports for the schools of the municipality, the
 * administrator for every school; schools are named as in the portal or by id.
 */
@Service
@RequiredArgsConstructor
public class AnalysisImportService {

	static final String ENTITY = "AnalysisImport";

	private static final Log log = LogFactory.getLog(AnalysisImportService.class);

	/** Bytes of COPY text sent at once. */
	private static final int COPY_CHUNK = 256 * 1024;

	private final SchoolService schools;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ImportTimer importTimer;

	/**
	 * May the current user import (coordinator of a municipality, administrator)?
	 */
	public boolean canImport() {
		return CurrentUser.current()
			.map((u) -> u.is(Role.ADMIN) || (u.is(Role.COORDINATOR) && u.municipalityId() != null))
			.orElse(false);
	}

	@Transactional
	public ImportReport importFile(ImportKind kind, String fileName, InputStream content) {
		return this.importTimer.time("analysis-" + kind.name().toLowerCase(java.util.Locale.ROOT),
				CurrentUser.require().username(), () -> switch (kind) {
					case RESULTS -> run(new ResultsFormat(), fileName, content);
					case PASSPORTS -> run(new PassportsFormat(), fileName, content);
				});
	}

	/**
	 * The latest imports of the user's municipality (all, for the administrator).
	 */
	@Transactional(readOnly = true)
	public List<ImportLogEntry> recentImports() {
		CurrentUser user = requireImporter();
		String sql = """
				select id, kind, file_name, rows_total, rows_inserted, rows_updated, created_by, created_at
				from analysis_import %s order by created_at desc, id desc limit 15""";
		RowMapper<ImportLogEntry> mapper = ImportLogEntry.mapper(this.clock.getZone());
		return user.is(Role.ADMIN) ? this.jdbc.query(sql.formatted(""), mapper)
				: this.jdbc.query(sql.formatted("where municipality_id = ?"), mapper, user.municipalityId());
	}

	private <R> ImportReport run(ImportFormat<R> format, String fileName, InputStream content) {
		CurrentUser user = requireImporter();
		String name = (fileName == null || fileName.isBlank()) ? "—" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(0, 255);
		}
		long started = System.nanoTime();
		SchoolDirectory directory = new SchoolDirectory(this.schools.visibleSchoolFacts());
		int currentYear = LocalDate.now(this.clock).getYear();
		ImportProblems problems = new ImportProblems();
		this.jdbc.execute(format.stagingTable());
		this.jdbc.execute("truncate " + format.stagingName());
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		Reading<R> reading;
		try {
			// a cancelled COPY aborts the transaction: a savepoint keeps it usable, so
			// the page that shows the report (and a caller's transaction) can go on
			Savepoint beforeCopy = connection.setSavepoint();
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + format.copyTarget() + " from stdin");
			reading = new Reading<>(format, directory, currentYear, problems, copy);
			try {
				TabularImport.read(content, format.columns(), problems, reading::row);
				reading.finish();
			}
			finally {
				if (copy.isActive()) {
					if (problems.any()) {
						copy.cancelCopy();
						connection.rollback(beforeCopy);
					}
					else {
						copy.endCopy();
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into the staging table failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		long read = System.nanoTime();
		if (!problems.any() && reading.rows == 0) {
			problems.add(0, "", "tabular.problem.noRows");
		}
		if (problems.any()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return ImportReport.failed(format.kind().name(), name, reading.rows, problems);
		}
		Long importId = this.jdbc.queryForObject("""
				insert into analysis_import (kind, file_name, rows_total, rows_inserted, rows_updated, municipality_id,
				                             created_by, created_at)
				values (?, ?, ?, 0, 0, ?, ?, ?) returning id""", Long.class, format.kind().name(), name, reading.rows,
				user.is(Role.COORDINATOR) ? user.municipalityId() : null, user.username(),
				java.sql.Timestamp.from(this.clock.instant()));
		int[] counts = this.jdbc.queryForObject(format.upsert(), (rs, i) -> new int[] { rs.getInt(1), rs.getInt(2) },
				format.upsertArguments(importId, user.username()));
		this.jdbc.update("update analysis_import set rows_inserted = ?, rows_updated = ? where id = ?", counts[0],
				counts[1], importId);
		this.auditLog.record(AuditAction.CREATE, ENTITY, importId,
				"kind: «%s»\nfile: «%s»\nrows: «%d»\ninserted: «%d»\nupdated: «%d»".formatted(format.kind(), name,
						reading.rows, counts[0], counts[1]));
		log.info("Imported %s «%s»: %d rows, %d inserted, %d updated in %d ms (reading, checking and COPY %d ms)"
			.formatted(format.kind(), name, reading.rows, counts[0], counts[1],
					(System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000));
		return new ImportReport(format.kind().name(), name, reading.rows, counts[0], counts[1], List.of(), 0);
	}

	private CurrentUser requireImporter() {
		if (!canImport()) {
			throw new AccessDeniedException("Only coordinators and administrators import analysis data");
		}
		return CurrentUser.require();
	}

	/**
	 * The state of reading one file (the tabular module maps the header and skips blank
	 * rows): the keys seen (for duplicates), the rows, and the COPY stream valid rows go
	 * to while the file has no problem.
	 */
	private static final class Reading<R> {

		private final ImportFormat<R> format;

		private final SchoolDirectory directory;

		private final int currentYear;

		private final ImportProblems problems;

		private final CopyIn copy;

		private final Map<Object, Integer> keys = new HashMap<>();

		private final StringBuilder buffer = new StringBuilder(COPY_CHUNK + 1024);

		private int rows;

		Reading(ImportFormat<R> format, SchoolDirectory directory, int currentYear, ImportProblems problems,
				CopyIn copy) {
			this.format = format;
			this.directory = directory;
			this.currentYear = currentYear;
			this.problems = problems;
			this.copy = copy;
		}

		void row(Cells row) {
			this.rows++;
			int number = row.row();
			R valid = this.format.read(row, this.directory, this.currentYear);
			if (valid == null) {
				return;
			}
			Integer first = this.keys.putIfAbsent(this.format.key(valid), number);
			if (first != null) {
				this.problems.add(number, "", "analysis.import.problem.duplicate", first);
				return;
			}
			if (!this.problems.any()) {
				this.format.copyLine(valid, this.buffer);
				if (this.buffer.length() >= COPY_CHUNK) {
					flush();
				}
			}
		}

		void finish() {
			if (!this.problems.any()) {
				flush();
			}
		}

		private void flush() {
			if (this.buffer.isEmpty()) {
				return;
			}
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.buffer.setLength(0);
			try {
				this.copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY into the staging table failed", ex);
			}
		}

	}

}
