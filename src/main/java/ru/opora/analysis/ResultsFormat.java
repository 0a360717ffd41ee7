package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import ru.opora.schools.SchoolDirectory;
import ru.opora.tabular.Cells;
import ru.opora.tabular.FileVocabulary;
import ru.opora.tabular.ImportColumn;

/**
 * The results file: one row per school, year, assessment, subject and grade. Its column
 * titles are file-format vocabulary (the Russian template's, whatever the interface
 * language); «Школа» and «Предмет» are shared with other imports through
 * {@link FileVocabulary}.
 */
final class ResultsFormat implements ImportFormat<ResultsFormat.Row> {

	static final ImportColumn SCHOOL = new ImportColumn(FileVocabulary.SCHOOL, true, "analysis.import.hint.school");

	static final ImportColumn YEAR = FileVocabulary.column("analysis.column.year", true, "analysis.import.hint.year");

	static final ImportColumn ASSESSMENT = FileVocabulary.column("analysis.column.assessment", true,
			"analysis.import.hint.assessment");

	static final ImportColumn SUBJECT = new ImportColumn(FileVocabulary.SUBJECT, true, "analysis.import.hint.subject");

	static final ImportColumn GRADE = FileVocabulary.column("analysis.column.grade", true,
			"analysis.import.hint.grade");

	static final ImportColumn PARTICIPANTS = FileVocabulary.column("analysis.column.participants", true,
			"analysis.import.hint.participants");

	static final ImportColumn MEAN = FileVocabulary.column("analysis.column.mean", false, "analysis.import.hint.mean");

	static final ImportColumn SHARE_BELOW = FileVocabulary.column("analysis.column.shareBelow", true,
			"analysis.import.hint.shareBelow");

	static final ImportColumn SHARE_GOOD = FileVocabulary.column("analysis.column.shareGood", false,
			"analysis.import.hint.shareGood");

	static final List<ImportColumn> COLUMNS = List.of(SCHOOL, YEAR, ASSESSMENT, SUBJECT, GRADE, PARTICIPANTS, MEAN,
			SHARE_BELOW, SHARE_GOOD);

	/** Sum of the two shares may exceed 100 by rounding only. */
	static final BigDecimal MAX_SHARE_SUM = new BigDecimal("100.1");

	static final int MIN_YEAR = 2000;

	record Row(long schoolId, int year, Assessment assessment, String subject, int grade, int participants,
			BigDecimal mean, BigDecimal shareBelow, BigDecimal shareGood) {

	}

	record Key(long schoolId, int year, Assessment assessment, String subject, int grade) {

	}

	@Override
	public ImportKind kind() {
		return ImportKind.RESULTS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Row read(Cells cells, SchoolDirectory schools, int currentYear) {
		Long school = schools.resolve(cells, SCHOOL);
		Integer year = cells.integer(YEAR, MIN_YEAR, currentYear);
		Assessment assessment = null;
		String assessmentText = cells.text(ASSESSMENT);
		if (assessmentText.isEmpty()) {
			cells.problem(ASSESSMENT, "tabular.problem.required");
		}
		else {
			assessment = Assessment.parse(assessmentText).orElse(null);
			if (assessment == null) {
				cells.problem(ASSESSMENT, "analysis.import.problem.assessment", assessmentText);
			}
		}
		String subject = cells.string(SUBJECT, 100);
		Integer grade = cells.integer(GRADE, 1, 11);
		if (grade != null && assessment != null && (grade < assessment.minGrade() || grade > assessment.maxGrade())) {
			cells.problem(GRADE, "analysis.import.problem.grade", assessment.label(), assessment.minGrade(),
					assessment.maxGrade());
		}
		Integer participants = cells.integer(PARTICIPANTS, 1, 100_000);
		BigDecimal mean = null;
		if (assessment != null) {
			BigDecimal min = (assessment == Assessment.EGE) ? BigDecimal.ZERO : new BigDecimal("2");
			mean = cells.decimal(MEAN, min, BigDecimal.valueOf(assessment.maxMean()));
		}
		BigDecimal below = cells.share(SHARE_BELOW);
		BigDecimal good = cells.share(SHARE_GOOD);
		if (below != null && good != null && below.add(good).compareTo(MAX_SHARE_SUM) > 0) {
			cells.problem(SHARE_GOOD, "analysis.import.problem.shareSum",
					below.add(good).stripTrailingZeros().toPlainString());
		}
		if (!cells.valid()) {
			return null;
		}
		return new Row(school, year, assessment, subject, grade, participants, mean, below, good);
	}

	@Override
	public Object key(Row row) {
		return new Key(row.schoolId(), row.year(), row.assessment(), row.subject().toLowerCase(Locale.ROOT),
				row.grade());
	}

	@Override
	public String stagingTable() {
		return """
				create temp table if not exists staging_result (
				    school_id bigint, year integer, assessment varchar(3), subject varchar(100), grade integer,
				    participants integer, mean_score numeric(5,2), share_below numeric(5,2), share_good numeric(5,2)
				) on commit drop""";
	}

	@Override
	public String stagingName() {
		return "staging_result";
	}

	@Override
	public String copyTarget() {
		return "staging_result (school_id, year, assessment, subject, grade, participants, mean_score, share_below, share_good)";
	}

	@Override
	public void copyLine(Row row, StringBuilder out) {
		CopyText.field(out, row.schoolId(), false);
		CopyText.field(out, row.year(), false);
		CopyText.field(out, row.assessment().name(), false);
		CopyText.field(out, row.subject(), false);
		CopyText.field(out, row.grade(), false);
		CopyText.field(out, row.participants(), false);
		CopyText.field(out, row.mean(), false);
		CopyText.field(out, row.shareBelow(), false);
		CopyText.field(out, row.shareGood(), true);
	}

	@Override
	public Object[] upsertArguments(long importId, String username) {
		return new Object[] { importId };
	}

	/**
	 * Rows the table already holds exactly as the file has them are left out before the
	 * upsert: {@code on conflict do update} locks every conflicting row, even one its
	 * {@code where} then leaves as it is (the lock is written into the row, so a
	 * re-import of a million unchanged rows dirtied the whole table and took a sequence
	 * value per row). The anti-join leaves out only rows that are certainly unchanged
	 * (the same subject, not just the same key, and equal figures); everything else takes
	 * the upsert as before, whose {@code where} still decides between updated and
	 * unchanged, so the counts stay the same. One difference under concurrency: a row
	 * another import changes while this one runs, and that this file has as it was, is no
	 * longer written back.
	 */
	@Override
	public String upsert() {
		return """
				with up as (
				  insert into assessment_result as r (school_id, year, assessment, subject, grade, participants,
				                                      mean_score, share_below, share_good, import_id, updated_at)
				  select school_id, year, assessment, subject, grade, participants, mean_score, share_below,
				         share_good, ?, now()
				  from staging_result s
				  where not exists (
				    select from assessment_result o
				    where o.school_id = s.school_id and o.year = s.year and o.assessment = s.assessment
				      and o.grade = s.grade and o.subject = s.subject and o.participants = s.participants
				      and o.share_below = s.share_below and o.mean_score is not distinct from s.mean_score
				      and o.share_good is not distinct from s.share_good)
				  on conflict (school_id, year, assessment, lower(subject), grade) do update
				    set subject = excluded.subject, participants = excluded.participants,
				        mean_score = excluded.mean_score, share_below = excluded.share_below,
				        share_good = excluded.share_good, import_id = excluded.import_id, updated_at = excluded.updated_at
				    where (r.subject, r.participants, r.mean_score, r.share_below, r.share_good)
				          is distinct from
				          (excluded.subject, excluded.participants, excluded.mean_score, excluded.share_below,
				           excluded.share_good)
				  returning (xmax = 0) as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from up""";
	}

}
