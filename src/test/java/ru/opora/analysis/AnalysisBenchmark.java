package ru.opora.analysis;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import ru.opora.schools.SchoolFacts;
import ru.opora.schools.SchoolService;
import ru.opora.tabular.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: imports 1,000,000 result rows for 40,000 schools and classifies
 * them. Runs only when asked for (its class name is not a test name, and it needs
 * {@code -Dopora.benchmark=true}):
 *
 * <pre>
 * ./mvnw -q test -Dtest=AnalysisBenchmark -Dopora.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Figures go to standard output, lines starting with {@code BENCHMARK}; see
 * docs/benchmarks.md. A throw-away embedded PostgreSQL (the test configuration) holds the
 * data.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "opora.benchmark", matches = "true")
class AnalysisBenchmark {

	static final int MUNICIPALITIES = 400;

	static final int SCHOOLS_PER_MUNICIPALITY = 100;

	static final int[] YEARS = { 2021, 2022, 2023, 2024, 2025 };

	/** assessment, subject, grade: five per school and year, 25 rows per school */
	static final String[][] TESTS = { { "ВПР", "Русский язык", "5" }, { "ВПР", "Математика", "5" },
			{ "ВПР", "Математика", "7" }, { "ОГЭ", "Русский язык", "9" }, { "ЕГЭ", "Математика", "11" } };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnalysisImportService imports;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Classifier classifier;

	@Autowired
	ClassificationRuleService rules;

	@Autowired
	SchoolService schools;

	@Autowired
	UserDetailsService users;

	@Test
	void importAMillionRowsAndClassifyFortyThousandSchools() throws Exception {
		long t = System.nanoTime();
		createSchools();
		report("create 40,000 schools (SQL, setup only)", t);
		asAdmin();

		Path results = Files.createTempFile("opora-bench-results", ".csv");
		Path passports = Files.createTempFile("opora-bench-passports", ".csv");
		try {
			t = System.nanoTime();
			int rows = writeResults(results);
			writePassports(passports);
			report("write the CSV files (%d result rows, %.1f MB; setup only)".formatted(rows,
					Files.size(results) / 1e6), t);

			t = System.nanoTime();
			ImportReport first = importFile(ImportKind.RESULTS, results);
			report("import 1,000,000 result rows, all new (%d inserted)".formatted(first.inserted()), t);
			assertThat(first.ok()).isTrue();
			assertThat(first.inserted()).isEqualTo(1_000_000);

			t = System.nanoTime();
			ImportReport again = importFile(ImportKind.RESULTS, results);
			report("re-import the same 1,000,000 rows (%d inserted, %d updated)".formatted(again.inserted(),
					again.updated()), t);
			assertThat(again.unchanged()).isEqualTo(1_000_000);

			t = System.nanoTime();
			ImportReport passport = importFile(ImportKind.PASSPORTS, passports);
			report("import 40,000 social passports (%d inserted)".formatted(passport.inserted()), t);
		}
		finally {
			Files.deleteIfExists(results);
			Files.deleteIfExists(passports);
		}

		t = System.nanoTime();
		List<SchoolFacts> all = this.schools.visibleSchoolFacts();
		report("load the facts of %d schools".formatted(all.size()), t);
		t = System.nanoTime();
		Map<Long, List<YearClassification>> classified = this.classifier.classify(all, this.rules.lookup());
		long years = classified.values().stream().mapToLong(List::size).sum();
		report("classify %d schools, %d school-years (SQL aggregation + calculator)".formatted(classified.size(),
				years), t);
		t = System.nanoTime();
		AnalysisOverview overview = this.analysis.overview(AnalysisFilter.none());
		report("«Анализ школ» of the administrator, all %d schools, year %d".formatted(overview.rows().size(),
				overview.year()), t);
		System.out.println("BENCHMARK groups " + overview.counts());
		t = System.nanoTime();
		AnalysisOverview municipality = this.analysis.overview(new AnalysisFilter(null,
				this.jdbc.queryForObject("select id from municipality where name = 'Бенчмарк-район 1'", Long.class),
				null, null, null));
		report("«Анализ школ» filtered to one municipality of 100 schools", t);
		assertThat(municipality.rows()).hasSize(SCHOOLS_PER_MUNICIPALITY);
	}

	private ImportReport importFile(ImportKind kind, Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return this.imports.importFile(kind, file.getFileName().toString(), in);
		}
	}

	private void createSchools() {
		this.jdbc.update("insert into region (name) values ('Бенчмарк-край')");
		this.jdbc
			.update("""
					insert into municipality (region_id, name)
					select r.id, 'Бенчмарк-район ' || n from region r, generate_series(1, ?) n where r.name = 'Бенчмарк-край'""",
					MUNICIPALITIES);
		this.jdbc.update(
				"""
						insert into school (municipality_id, name, short_name, type, settlement, distance_km, students, small_school)
						select m.id, 'МБОУ «Школа № ' || ((split_part(m.name, ' ', 2)::int - 1) * ? + n) || '»',
						       'Школа № ' || ((split_part(m.name, ' ', 2)::int - 1) * ? + n),
						       'SOSH', case when n % 3 = 0 then 'RURAL' else 'URBAN' end, n % 70, 100 + n * 7, n % 10 = 0
						from municipality m, generate_series(1, ?) n where m.name like 'Бенчмарк-район %'""",
				SCHOOLS_PER_MUNICIPALITY, SCHOOLS_PER_MUNICIPALITY, SCHOOLS_PER_MUNICIPALITY);
	}

	/** Schools named by their short name; shares vary so that every group appears. */
	private int writeResults(Path file) throws Exception {
		int rows = 0;
		int schools = MUNICIPALITIES * SCHOOLS_PER_MUNICIPALITY;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Школа;Год;Процедура;Предмет;Класс;Участников;Средний балл;Доля «2», %;Доля «4» и «5», %\n");
			for (int s = 1; s <= schools; s++) {
				for (int year : YEARS) {
					for (int i = 0; i < TESTS.length; i++) {
						int below = (s * 7 + year * 3 + i * 11) % 45;
						String mean = TESTS[i][0].equals("ЕГЭ") ? "61,5" : "3,6";
						out.write("Школа № " + s + ";" + year + ";" + TESTS[i][0] + ";" + TESTS[i][1] + ";"
								+ TESTS[i][2] + ";" + (10 + s % 40) + ";" + mean + ";" + below + ",5;"
								+ (100 - below - 10) + "\n");
						rows++;
					}
				}
			}
		}
		return rows;
	}

	private void writePassports(Path file) throws Exception {
		int schools = MUNICIPALITIES * SCHOOLS_PER_MUNICIPALITY;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Школа;Год;Обучающихся;Малообеспеченные семьи, %;Неполные семьи, %;Обучающиеся с ОВЗ, %;"
					+ "Русский язык не родной, %;На профилактическом учёте, %;Оба родителя с высшим образованием, %\n");
			for (int s = 1; s <= schools; s++) {
				int adverse = s % 2;
				out.write(String.format(Locale.ROOT, "Школа № %d;2025;%d;%d;%d;%d;%d;%d;%d%n", s, 100 + s % 900,
						adverse * 35 + 5, adverse * 15 + 12, 3 + adverse * 5, adverse * 12, 1 + adverse * 4,
						40 - adverse * 30));
			}
		}
	}

	private void asAdmin() {
		UserDetails admin = this.users.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
	}

	private static void report(String what, long started) {
		System.out.printf(Locale.ROOT, "BENCHMARK %-80s %8.2f s%n", what, (System.nanoTime() - started) / 1e9);
	}

}
