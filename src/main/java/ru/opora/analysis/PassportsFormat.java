package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.List;

import ru.opora.schools.SchoolDirectory;
import ru.opora.tabular.Cells;
import ru.opora.tabular.FileVocabulary;
import ru.opora.tabular.ImportColumn;

/**
 * The social passports file: one row per school and year.
 */
final class PassportsFormat implements ImportFormat<PassportsFormat.Row> {

	static final ImportColumn SCHOOL = ResultsFormat.SCHOOL;

	static final ImportColumn YEAR = ResultsFormat.YEAR;

	static final ImportColumn STUDENTS = FileVocabulary.column("analysis.column.students", true,
			"analysis.import.hint.students");

	static final ImportColumn LOW_INCOME = FileVocabulary.column("analysis.column.lowIncome", false,
			"analysis.import.hint.lowIncome");

	static final ImportColumn SINGLE_PARENT = FileVocabulary.column("analysis.column.singleParent", false,
			"analysis.import.hint.singleParent");

	static final ImportColumn DISABILITY = FileVocabulary.column("analysis.column.disability", false,
			"analysis.import.hint.disability");

	static final ImportColumn NON_NATIVE = FileVocabulary.column("analysis.column.nonNative", false,
			"analysis.import.hint.nonNative");

	static final ImportColumn PREVENTIVE = FileVocabulary.column("analysis.column.preventive", false,
			"analysis.import.hint.preventive");

	static final ImportColumn HIGHER_EDUCATION = FileVocabulary.column("analysis.column.higherEducation", false,
			"analysis.import.hint.higherEducation");

	static final List<ImportColumn> COLUMNS = List.of(SCHOOL, YEAR, STUDENTS, LOW_INCOME, SINGLE_PARENT, DISABILITY,
			NON_NATIVE, PREVENTIVE, HIGHER_EDUCATION);

	record Row(long schoolId, PassportCommand passport) {

	}

	record Key(long schoolId, int year) {

	}

	@Override
	public ImportKind kind() {
		return ImportKind.PASSPORTS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Row read(Cells cells, SchoolDirectory schools, int currentYear) {
		Long school = schools.resolve(cells, SCHOOL);
		Integer year = cells.integer(YEAR, ResultsFormat.MIN_YEAR, currentYear);
		Integer students = cells.integer(STUDENTS, 0, 100_000);
		BigDecimal lowIncome = cells.share(LOW_INCOME);
		BigDecimal singleParent = cells.share(SINGLE_PARENT);
		BigDecimal disability = cells.share(DISABILITY);
		BigDecimal nonNative = cells.share(NON_NATIVE);
		BigDecimal preventive = cells.share(PREVENTIVE);
		BigDecimal higherEducation = cells.share(HIGHER_EDUCATION);
		if (!cells.valid()) {
			return null;
		}
		return new Row(school, new PassportCommand(year, students, lowIncome, singleParent, disability, nonNative,
				preventive, higherEducation));
	}

	@Override
	public Object key(Row row) {
		return new Key(row.schoolId(), row.passport().year());
	}

	@Override
	public String stagingTable() {
		return """
				create temp table if not exists staging_passport (
				    school_id bigint, year integer, students integer, low_income_share numeric(5,2),
				    single_parent_share numeric(5,2), disability_share numeric(5,2), non_native_share numeric(5,2),
				    preventive_share numeric(5,2), higher_education_share numeric(5,2)
				) on commit drop""";
	}

	@Override
	public String stagingName() {
		return "staging_passport";
	}

	@Override
	public String copyTarget() {
		return "staging_passport (school_id, year, students, low_income_share, single_parent_share, disability_share, "
				+ "non_native_share, preventive_share, higher_education_share)";
	}

	@Override
	public void copyLine(Row row, StringBuilder out) {
		PassportCommand p = row.passport();
		CopyText.field(out, row.schoolId(), false);
		CopyText.field(out, p.year(), false);
		CopyText.field(out, p.students(), false);
		CopyText.field(out, p.lowIncome(), false);
		CopyText.field(out, p.singleParent(), false);
		CopyText.field(out, p.disability(), false);
		CopyText.field(out, p.nonNative(), false);
		CopyText.field(out, p.preventive(), false);
		CopyText.field(out, p.higherEducation(), true);
	}

	@Override
	public Object[] upsertArguments(long importId, String username) {
		return new Object[] { importId, username };
	}

	@Override
	public String upsert() {
		return """
				with up as (
				  insert into social_passport as p (school_id, year, students, low_income_share, single_parent_share,
				                                    disability_share, non_native_share, preventive_share,
				                                    higher_education_share, import_id, updated_by, updated_at)
				  select school_id, year, students, low_income_share, single_parent_share, disability_share,
				         non_native_share, preventive_share, higher_education_share, ?, ?, now()
				  from staging_passport
				  on conflict (school_id, year) do update
				    set students = excluded.students, low_income_share = excluded.low_income_share,
				        single_parent_share = excluded.single_parent_share, disability_share = excluded.disability_share,
				        non_native_share = excluded.non_native_share, preventive_share = excluded.preventive_share,
				        higher_education_share = excluded.higher_education_share, import_id = excluded.import_id,
				        updated_by = excluded.updated_by, updated_at = excluded.updated_at, version = p.version + 1
				    where (p.students, p.low_income_share, p.single_parent_share, p.disability_share, p.non_native_share,
				           p.preventive_share, p.higher_education_share)
				          is distinct from
				          (excluded.students, excluded.low_income_share, excluded.single_parent_share,
				           excluded.disability_share, excluded.non_native_share, excluded.preventive_share,
				           excluded.higher_education_share)
				  returning (xmax = 0) as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from up""";
	}

}
