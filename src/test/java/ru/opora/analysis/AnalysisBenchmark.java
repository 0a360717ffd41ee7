package ru.opora.analysis;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
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

	/** the embedded PostgreSQL's postmaster, found on the first report */
	private long postmaster;

	private long jvmCpu;

	private long postgresCpu;

	private long[] threadCpu = new long[3];

	@Test
	void importAMillionRowsAndClassifyFortyThousandSchools() throws Exception {
		this.jvmCpu = jvmCpu();
		this.postgresCpu = postgresCpu();
		this.threadCpu = threadCpu();
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

	private void report(String what, long started) {
		long jvm = jvmCpu();
		long pg = postgresCpu();
		long[] threads = threadCpu();
		System.out.printf(Locale.ROOT,
				"BENCHMARK %-80s %8.2f s  (CPU: JVM %6.2f s [main %.2f, GC %.2f, JIT %.2f], PostgreSQL %6.2f s)%n",
				what, (System.nanoTime() - started) / 1e9, (jvm - this.jvmCpu) / 1e9,
				(threads[0] - this.threadCpu[0]) / 100.0, (threads[1] - this.threadCpu[1]) / 100.0,
				(threads[2] - this.threadCpu[2]) / 100.0, (pg - this.postgresCpu) / 1e9);
		this.jvmCpu = jvmCpu();
		this.postgresCpu = postgresCpu();
		this.threadCpu = threadCpu();
	}

	/**
	 * Clock ticks of CPU (100 a second) of this JVM's threads by kind: the test's thread
	 * (reading, checking, COPY), the garbage collector's and the JIT compilers' (Linux
	 * /proc; zeros elsewhere).
	 */
	private static long[] threadCpu() {
		long[] ticks = new long[3];
		ticks[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 10_000_000L;
		try (var tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				String name = Files.readString(task.resolve("comm")).strip();
				long[] stat = stat(task.resolve("stat"));
				if (stat == null) {
					continue;
				}
				int kind = (name.startsWith("GC Thread") || name.startsWith("G1 ")) ? 1
						: (name.startsWith("C1 ") || name.startsWith("C2 ")) ? 2 : -1;
				if (kind > 0) {
					ticks[kind] += stat[1] + stat[2];
				}
			}
		}
		catch (Exception ex) {
			// not Linux
		}
		return ticks;
	}

	/** Nanoseconds of CPU this JVM used so far. */
	private static long jvmCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Nanoseconds of CPU the embedded PostgreSQL used so far: the postmaster, its live
	 * children and the children that ended (Linux /proc; 0 elsewhere).
	 */
	private long postgresCpu() {
		try {
			if (this.postmaster == 0) {
				int backend = this.jdbc.queryForObject("select pg_backend_pid()", Integer.class);
				this.postmaster = Files.readAllLines(Path.of("/proc/" + backend + "/status"))
					.stream()
					.filter((l) -> l.startsWith("PPid:"))
					.mapToLong((l) -> Long.parseLong(l.substring(5).strip()))
					.findFirst()
					.orElseThrow();
			}
			long[] own = stat(Path.of("/proc/" + this.postmaster + "/stat"));
			long ticks = own[1] + own[2] + own[3] + own[4];
			try (var processes = Files.list(Path.of("/proc"))) {
				for (Path p : (Iterable<Path>) processes::iterator) {
					if (p.getFileName().toString().chars().allMatch(Character::isDigit)) {
						long[] child = stat(p.resolve("stat"));
						if (child != null && child[0] == this.postmaster) {
							ticks += child[1] + child[2];
						}
					}
				}
			}
			return ticks * 10_000_000L;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	/** ppid, utime, stime, cutime, cstime in clock ticks (100 a second), or null. */
	private static long[] stat(Path file) {
		try {
			String text = Files.readString(file);
			String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
					Long.parseLong(f[13]), Long.parseLong(f[14]) };
		}
		catch (Exception ex) {
			return null;
		}
	}

}
