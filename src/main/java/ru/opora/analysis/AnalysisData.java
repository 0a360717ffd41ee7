package ru.opora.analysis;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads results and passports in bulk with plain SQL: lists classify thousands of
 * schools, so the per-year figures of the rule are aggregated in the database.
 */
@Component
@RequiredArgsConstructor
class AnalysisData {

	private final JdbcTemplate jdbc;

	/** The rows of the classification's inputs; the others are school records. */
	static final String INPUTS = "('assessment_result', 'social_passport', 'classification_rule')";

	private static final Object VERSIONS_KEY = new Object();

	/**
	 * The data versions (see {@code V107__analysis_data_changes.sql} and
	 * {@code V117__analysis_data_change_compaction.sql}): the number of committed
	 * statements that changed the classification's inputs (results, passports, rules),
	 * and that number plus the statements that changed school records or municipalities
	 * (for the overview, which shows their names and groups them). Each is the sum of
	 * {@code changes}, which compaction keeps, so a version moves only when a change
	 * commits, and never backwards. One statement, read once per transaction.
	 */
	Versions versions() {
		Versions bound = (Versions) TransactionSynchronizationManager.getResource(VERSIONS_KEY);
		if (bound != null) {
			return bound;
		}
		Versions versions = this.jdbc.queryForObject(
				"select coalesce(sum(changes) filter (where table_name in " + INPUTS
						+ "), 0), coalesce(sum(changes), 0) from analysis_data_change",
				(rs, i) -> new Versions(rs.getLong(1), rs.getLong(2)));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.bindResource(VERSIONS_KEY, versions);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(VERSIONS_KEY);
				}
			});
		}
		return versions;
	}

	/**
	 * The version of the classification's inputs (results, passports, rules).
	 */
	long dataVersion() {
		return versions().inputs();
	}

	/**
	 * @param inputs changes of results, passports and rules
	 * @param all those and the changes of school records and municipalities
	 */
	record Versions(long inputs, long all) {

	}

	/**
	 * A stored result row with its year.
	 */
	record StoredResult(int year, AssessmentFigure figure) {

	}

	List<StoredResult> resultsOfSchool(Long schoolId) {
		return this.jdbc.query("""
				select year, assessment, subject, grade, participants, mean_score, share_below, share_good
				from assessment_result where school_id = ?
				order by year, grade, assessment desc, lower(subject)""",
				(rs, i) -> new StoredResult(rs.getInt(1),
						new AssessmentFigure(Assessment.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
								rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8))),
				schoolId);
	}

	/**
	 * Per school and year: assessments with enough participants, how many of them are
	 * low, the participant-weighted mean share below the pass mark (one decimal) and the
	 * decisive share, as {@link ClassificationCalculator#summarize} computes them.
	 */
	Map<Long, Map<Integer, ResultSummary>> summaries(Collection<Long> schoolIds, ClassificationParameters rule) {
		Map<Long, Map<Integer, ResultSummary>> out = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return out;
		}
		this.jdbc.query((Connection con) -> {
			PreparedStatement ps = con.prepareStatement(
					"""
							select school_id, year, count(*), count(*) filter (where share_below >= ?),
							       round(sum(share_below * participants) / sum(participants), 1),
							       (array_agg(share_below order by share_below desc))[?],
							       coalesce(array_agg(assessment || '|' || subject || '|' || grade) filter (where share_below >= ?),
							                '{}')
							from assessment_result
							where school_id = any(?) and participants >= ?
							group by school_id, year""");
			ps.setBigDecimal(1, rule.lowShareThreshold());
			ps.setInt(2, rule.minLowAssessments());
			ps.setBigDecimal(3, rule.lowShareThreshold());
			ps.setArray(4, ids(con, schoolIds));
			ps.setInt(5, rule.minParticipants());
			return ps;
		}, (rs) -> {
			long schoolId = rs.getLong(1);
			int year = rs.getInt(2);
			out.computeIfAbsent(schoolId, (k) -> new TreeMap<>())
				.put(year, new ResultSummary(year, rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
						List.of(), lowAssessments(rs.getArray(7))));
		});
		return out;
	}

	private static java.util.Set<AssessmentKey> lowAssessments(java.sql.Array array) throws java.sql.SQLException {
		java.util.Set<AssessmentKey> keys = new java.util.HashSet<>();
		for (Object key : (Object[]) array.getArray()) {
			keys.add(AssessmentKey.parse((String) key));
		}
		return java.util.Set.copyOf(keys);
	}

	Map<Long, Map<Integer, PassportFigures>> passports(Collection<Long> schoolIds) {
		Map<Long, Map<Integer, PassportFigures>> out = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return out;
		}
		this.jdbc.query((Connection con) -> {
			PreparedStatement ps = con.prepareStatement("""
					select school_id, year, students, low_income_share, single_parent_share, disability_share,
					       non_native_share, preventive_share, higher_education_share
					from social_passport where school_id = any(?)""");
			ps.setArray(1, ids(con, schoolIds));
			return ps;
		}, (rs) -> {
			int year = rs.getInt(2);
			out.computeIfAbsent(rs.getLong(1), (k) -> new TreeMap<>())
				.put(year, new PassportFigures(year, rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)));
		});
		return out;
	}

	/**
	 * The latest import that wrote rows of the school, per kind: file, date, login.
	 */
	List<ImportInfo> importsOfSchool(Long schoolId, java.time.ZoneId zone) {
		return this.jdbc
			.query("""
					select i.id, i.kind, i.file_name, i.created_by, i.created_at
					from analysis_import i
					where i.id in (select import_id from assessment_result where school_id = ?
					               union select import_id from social_passport where school_id = ?)
					order by i.created_at desc, i.id desc""",
					(rs, n) -> new ImportInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							java.time.LocalDateTime.ofInstant(rs.getTimestamp(5).toInstant(), zone)),
					schoolId, schoolId);
	}

	/**
	 * Per school, the share below the pass mark by subject in the school's latest year
	 * with results, weighted by participants over assessments and grades.
	 */
	Map<Long, Map<String, Double>> latestSubjectShares(Collection<Long> schoolIds) {
		Map<Long, Map<String, Double>> out = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return out;
		}
		this.jdbc.query((Connection con) -> {
			PreparedStatement ps = con.prepareStatement("""
					select r.school_id, r.subject, sum(r.share_below * r.participants) / sum(r.participants)
					from assessment_result r
					join (select school_id, max(year) as year from assessment_result
					      where school_id = any(?) group by school_id) l
					  on l.school_id = r.school_id and l.year = r.year
					group by r.school_id, r.subject""");
			ps.setArray(1, ids(con, schoolIds));
			return ps;
		}, (rs) -> {
			out.computeIfAbsent(rs.getLong(1), (k) -> new TreeMap<>()).put(rs.getString(2), rs.getDouble(3));
		});
		return out;
	}

	private static Array ids(Connection con, Collection<Long> schoolIds) throws SQLException {
		return con.createArrayOf("bigint", new ArrayList<>(schoolIds).toArray());
	}

}
