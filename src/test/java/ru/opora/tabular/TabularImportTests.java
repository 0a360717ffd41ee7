package ru.opora.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading an import file as every import does: the header mapped by title, blank rows
 * skipped, each problem reported with the row users see and the column's title.
 */
class TabularImportTests {

	static final ImportColumn SCHOOL = new ImportColumn(FileVocabulary.SCHOOL, true, "hint.school");

	static final ImportColumn DATE = new ImportColumn("Дата", true, "hint.date");

	static final ImportColumn SHARE = new ImportColumn("Доля «2», %", false, "hint.share");

	static final List<ImportColumn> COLUMNS = List.of(SCHOOL, DATE, SHARE);

	record Read(int row, String school, LocalDate date, BigDecimal share) {
	}

	final ImportProblems problems = new ImportProblems();

	final List<Read> rows = new ArrayList<>();

	int read(byte[] bytes) {
		return TabularImport.read(new ByteArrayInputStream(bytes), COLUMNS, this.problems, (row) -> {
			String school = row.string(SCHOOL, 50);
			LocalDate date = row.date(DATE);
			BigDecimal share = row.has(SHARE) ? row.share(SHARE) : null;
			if (row.valid()) {
				this.rows.add(new Read(row.row(), school, date, share));
			}
		});
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void columnsAreFoundByTitleInAnyOrderAndBlankRowsAreSkipped() {
		int count = read(csv("""

				доля 2 %;ДАТА;  школа
				12,5 %;17.01.2027;Лицей № 1
				;;
				0;7.1.2027;Гимназия
				"""));
		assertThat(this.problems.any()).isFalse();
		assertThat(count).isEqualTo(2);
		assertThat(this.rows).containsExactly(
				new Read(3, "Лицей № 1", LocalDate.of(2027, 1, 17), new BigDecimal("12.50")),
				new Read(5, "Гимназия", LocalDate.of(2027, 1, 7), new BigDecimal("0.00")));
	}

	@Test
	void anOptionalColumnMayBeLeftOut() {
		read(csv("Школа;Дата\nЛицей;01.09.2026\n"));
		assertThat(this.problems.any()).isFalse();
		assertThat(this.rows).containsExactly(new Read(2, "Лицей", LocalDate.of(2026, 9, 1), null));
	}

	@Test
	void aWrongHeaderIsReportedOnItsRowAndEndsTheReading() {
		int count = read(csv("Школа;Номер;Школа\nЛицей;1;Лицей\n"));
		assertThat(count).isZero();
		assertThat(this.problems.list()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
			.containsExactly(tuple(1, "Номер", "tabular.problem.unknownColumn"),
					tuple(1, "Школа", "tabular.problem.duplicateColumn"),
					tuple(1, "Дата", "tabular.problem.missingColumn"));
	}

	@Test
	void badDatesAndCellsAreReportedByRowAndColumn() {
		read(csv("""
				Школа;Дата;Доля «2», %
				Лицей;31.02.2027;12
				;завтра;101
				Гимназия;2027-02-29;abc
				"""));
		assertThat(this.rows).isEmpty();
		assertThat(this.problems.list()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
			.containsExactly(tuple(2, "Дата", "tabular.problem.impossibleDate"),
					tuple(3, "Школа", "tabular.problem.required"), tuple(3, "Дата", "tabular.problem.notDate"),
					tuple(3, "Доля «2», %", "tabular.problem.share"),
					tuple(4, "Дата", "tabular.problem.impossibleDate"),
					tuple(4, "Доля «2», %", "tabular.problem.notNumber"));
		assertThat(this.problems.list().get(0).args()).containsExactly("31.02.2027");
	}

	@Test
	void xlsxDateCellsAndTextDatesReadTheSame() throws IOException {
		read(TabularFiles
			.xlsx(Arrays.asList(List.of("Школа", "Дата"), null, List.of("Лицей", LocalDate.of(2027, 2, 28)),
					List.of("Гимназия", "28.02.2027"), List.of("Школа 5", "29.02.2027"))));
		assertThat(this.problems.list()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
			.containsExactly(tuple(5, "Дата", "tabular.problem.impossibleDate"));
		assertThat(this.rows).extracting(Read::row, Read::date)
			.containsExactly(tuple(3, LocalDate.of(2027, 2, 28)), tuple(4, LocalDate.of(2027, 2, 28)));
	}

	@Test
	void anUnreadableFileIsOneProblemOfTheWholeFile() {
		read(new byte[0]);
		assertThat(this.problems.list()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
			.containsExactly(tuple(0, "", "tabular.file.empty"));
	}

	@Test
	void theReportKeepsTheFirstProblemsAndCountsAll() {
		StringBuilder text = new StringBuilder("Школа;Дата\n");
		for (int i = 0; i < ImportProblems.MAX_SHOWN + 20; i++) {
			text.append("Лицей;нет\n");
		}
		read(csv(text.toString()));
		ImportReport report = ImportReport.failed("TEST", "файл.csv", ImportProblems.MAX_SHOWN + 20, this.problems);
		assertThat(report.ok()).isFalse();
		assertThat(report.problemCount()).isEqualTo(ImportProblems.MAX_SHOWN + 20);
		assertThat(report.problems()).hasSize(ImportProblems.MAX_SHOWN);
		assertThat(report.truncated()).isTrue();
		assertThat(report.problems().get(0).row()).isEqualTo(2);
	}

}
