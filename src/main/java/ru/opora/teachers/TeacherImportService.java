package ru.opora.teachers;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.schools.SchoolDirectory;
import ru.opora.schools.SchoolFacts;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.tabular.Cells;
import ru.opora.tabular.FileVocabulary;
import ru.opora.tabular.ImportColumn;
import ru.opora.tabular.ImportProblems;
import ru.opora.tabular.ImportReport;
import ru.opora.tabular.TabularImport;
import ru.opora.users.CurrentUser;

import static ru.opora.tabular.FileVocabulary.word;

/**
 * Imports a school's teachers and their diagnostics from XLSX or CSV with the rules of
 * the analysis imports: every row is checked, a file with any problem imports nothing and
 * the report lists each problem by row and column; a valid file is applied in one
 * transaction. A re-import of the same list changes nothing: a teacher is the same when
 * the school, the full name and the main subject (the first of «Предметы») match.
 * <p>
 * The column «Школа» is optional: without it every row belongs to the school the import
 * is made for; with it, each row names a school the user keeps teachers of (the school
 * itself, or any school of the coordinator's municipality).
 */
@Service
@RequiredArgsConstructor
class TeacherImportService {

	static final String ENTITY = "TeacherImport";

	// The columns of both files and the words of their cells («высшая», «СЗД», «низкий»
	// …)
	// are file-format vocabulary: the Russian templates' titles, the same whatever the
	// interface language; shared titles come from the tabular module's FileVocabulary.

	static final ImportColumn SCHOOL = new ImportColumn(FileVocabulary.SCHOOL, false, "teachers.import.hint.school");

	static final ImportColumn NAME = FileVocabulary.column("teachers.column.name", true, "teachers.import.hint.name");

	static final ImportColumn SUBJECTS = FileVocabulary.column("teachers.column.subjects", true,
			"teachers.import.hint.subjects");

	static final ImportColumn POSITION = FileVocabulary.column("teachers.column.position", false,
			"teachers.import.hint.position");

	static final ImportColumn CATEGORY = FileVocabulary.column("teachers.column.category", false,
			"teachers.import.hint.category");

	static final ImportColumn EXPERIENCE = FileVocabulary.column("teachers.column.experience", false,
			"teachers.import.hint.experience");

	static final ImportColumn EMAIL = FileVocabulary.column("teachers.column.email", false,
			"teachers.import.hint.email");

	static final List<ImportColumn> TEACHER_COLUMNS = List.of(SCHOOL, NAME, SUBJECTS, POSITION, CATEGORY, EXPERIENCE,
			EMAIL);

	static final ImportColumn SUBJECT = new ImportColumn(FileVocabulary.SUBJECT, false, "teachers.import.hint.subject");

	static final ImportColumn YEAR = FileVocabulary.column("teachers.column.year", true, "teachers.import.hint.year");

	static final ImportColumn EXTERNAL = FileVocabulary.column("teachers.column.external", false,
			"teachers.import.hint.external");

	static final ImportColumn LEVEL = FileVocabulary.column("teachers.column.level", false,
			"teachers.import.hint.level");

	private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern YEAR_PATTERN = Pattern.compile("^(\\d{4})(?:\\s*[/–-]\\s*(\\d{2}|\\d{4}))?$");

	private final TeacherRepository teachers;

	private final TeacherSchoolPeriodRepository periods;

	private final TeacherDiagnosticRepository diagnostics;

	private final CompetenceAreaRepository areas;

	private final TeacherAccess access;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * The columns of the diagnostics file: the fixed ones and one per active competence
	 * area, titled with the area's name.
	 */
	@Transactional(readOnly = true)
	List<ImportColumn> diagnosticColumns() {
		List<ImportColumn> columns = new ArrayList<>(List.of(SCHOOL, NAME, SUBJECT, YEAR));
		this.areas.findByActiveTrueOrderByPositionAscIdAsc()
			.forEach((a) -> columns.add(new ImportColumn(a.getName(), false, "teachers.import.hint.area")));
		columns.add(EXTERNAL);
		columns.add(LEVEL);
		return columns;
	}

	@Transactional
	ImportReport importTeachers(Long schoolId, String fileName, InputStream content) {
		SchoolLocation home = this.access.checkKeep(schoolId);
		String name = fileName(fileName);
		SchoolDirectory directory = new SchoolDirectory(keptSchools(home));
		ImportProblems problems = new ImportProblems();
		TeacherRows reading = new TeacherRows(schoolId, directory, problems);
		reading.rows = TabularImport.read(content, TEACHER_COLUMNS, problems, reading::row);
		if (!problems.any() && reading.rows == 0) {
			problems.add(0, "", "tabular.problem.noRows");
		}
		if (problems.any()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport("TEACHERS", name, reading.rows, 0, 0, problems.list(), problems.count());
		}
		int inserted = 0;
		int updated = 0;
		LocalDate today = LocalDate.now(this.clock);
		String by = CurrentUser.require().username();
		// the teachers the file may meet, in one query whatever its size
		Map<String, Teacher> known = new HashMap<>();
		this.teachers
			.findWithSubjectsIn(reading.entries.values().stream().map(TeacherRow::schoolId).distinct().toList())
			.forEach((t) -> known.put(key(t.getSchoolId(), t.getNameKey(), t.getMainSubject()), t));
		for (TeacherRow row : reading.entries.values()) {
			Teacher existing = known.get(key(row.schoolId(), Teacher.nameKey(row.data().fullName()),
					TeacherService.mainSubjectKey(row.data())));
			if (existing == null) {
				Teacher teacher = this.teachers.save(new Teacher(row.schoolId(), row.data(), by, this.clock.instant()));
				this.periods.save(new TeacherSchoolPeriod(teacher.getId(), row.schoolId(), today));
				inserted++;
			}
			else if (!TeacherService.auditState(existing).equals(stateOf(existing, row.data()))) {
				existing.apply(row.data(), this.clock.instant());
				updated++;
			}
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY, schoolId,
				"teachers, file=" + name + ", rows=" + reading.rows + ", new=" + inserted + ", changed=" + updated);
		return new ImportReport("TEACHERS", name, reading.rows, inserted, updated, List.of(), 0);
	}

	@Transactional
	ImportReport importDiagnostics(Long schoolId, String fileName, InputStream content) {
		SchoolLocation home = this.access.checkKeep(schoolId);
		String name = fileName(fileName);
		List<SchoolFacts> kept = keptSchools(home);
		SchoolDirectory directory = new SchoolDirectory(kept);
		Map<Long, List<Teacher>> bySchool = new HashMap<>();
		this.teachers.findWithSubjectsIn(kept.stream().map(SchoolFacts::id).toList())
			.forEach((t) -> bySchool.computeIfAbsent(t.getSchoolId(), (k) -> new ArrayList<>()).add(t));
		int current = AcademicYear.of(LocalDate.now(this.clock));
		ImportProblems problems = new ImportProblems();
		DiagnosticRows reading = new DiagnosticRows(schoolId, directory, bySchool, diagnosticColumns(),
				this.areas.findByActiveTrueOrderByPositionAscIdAsc(), current, problems);
		reading.rows = TabularImport.read(content, reading.allColumns, problems, reading::row);
		if (!problems.any() && reading.rows == 0) {
			problems.add(0, "", "tabular.problem.noRows");
		}
		if (problems.any()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport("TEACHER_DIAGNOSTICS", name, reading.rows, 0, 0, problems.list(), problems.count());
		}
		int inserted = 0;
		int updated = 0;
		String by = CurrentUser.require().username();
		for (DiagnosticRow row : reading.entries.values()) {
			TeacherDiagnostic d = this.diagnostics.findByTeacherIdAndAcademicYear(row.teacherId(), row.year())
				.orElse(null);
			if (d == null) {
				d = new TeacherDiagnostic(row.teacherId(), row.year());
				d.record(row.scores(), row.externalPercent(), row.level(), null, by, this.clock.instant());
				this.diagnostics.save(d);
				inserted++;
			}
			else if (!sameValues(d, row)) {
				d.record(row.scores(), row.externalPercent(), row.level(), d.getNote(), by, this.clock.instant());
				updated++;
			}
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY, schoolId,
				"diagnostics, file=" + name + ", rows=" + reading.rows + ", new=" + inserted + ", changed=" + updated);
		return new ImportReport("TEACHER_DIAGNOSTICS", name, reading.rows, inserted, updated, List.of(), 0);
	}

	private static String key(Long schoolId, String nameKey, String mainSubject) {
		return schoolId + "|" + nameKey + "|" + mainSubject;
	}

	private static boolean sameValues(TeacherDiagnostic d, DiagnosticRow row) {
		if (!Objects.equals(d.getExternalLevel(), row.level())
				|| !sameNumber(d.getExternalPercent(), row.externalPercent())
				|| !d.getScores().keySet().equals(row.scores().keySet())) {
			return false;
		}
		return row.scores()
			.entrySet()
			.stream()
			.allMatch((e) -> sameNumber(d.getScores().get(e.getKey()), e.getValue()));
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

	private static Map<String, Object> stateOf(Teacher existing, TeacherData data) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("full_name", data.fullName().strip().replaceAll("\\s+", " "));
		state.put("subjects", String.join(", ", data.subjects()));
		state.put("position", data.position());
		state.put("qualification", (data.qualification() != null) ? data.qualification() : Qualification.NONE);
		state.put("experience_years", data.experienceYears());
		state.put("email", data.email());
		return state;
	}

	private List<SchoolFacts> keptSchools(SchoolLocation home) {
		CurrentUser user = CurrentUser.require();
		return this.schools.visibleSchoolFacts()
			.stream()
			.filter((s) -> this.access.canKeep(user, new SchoolLocation(s.id(), s.municipalityId(), home.regionId())))
			.toList();
	}

	private static String fileName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "—" : fileName.strip();
		return (name.length() > 255) ? name.substring(0, 255) : name;
	}

	/**
	 * «высшая», «Высшая категория», «первая», «СЗД», «соответствие занимаемой должности»,
	 * «без категории», «педагог-методист», «педагог-наставник»; empty is «без категории».
	 */
	static Qualification qualification(String text) {
		String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}]+", " ").strip();
		if (s.isEmpty() || s.startsWith(word("teachers.category.none.prefix"))
				|| s.equals(word("teachers.category.none.word"))) {
			return Qualification.NONE;
		}
		if (s.startsWith(word("teachers.category.highest.prefix"))) {
			return Qualification.HIGHEST;
		}
		if (s.startsWith(word("teachers.category.first.prefix"))) {
			return Qualification.FIRST;
		}
		if (s.equals(word("teachers.category.conformity.word"))
				|| s.startsWith(word("teachers.category.conformity.prefix"))) {
			return Qualification.CONFORMITY;
		}
		if (s.contains(word("teachers.category.methodist.part"))) {
			return Qualification.METHODIST;
		}
		if (s.contains(word("teachers.category.mentor.part"))) {
			return Qualification.MENTOR;
		}
		return null;
	}

	/**
	 * «низкий», «средний», «высокий» (any case).
	 */
	static ExternalLevel level(String text) {
		String s = text.toLowerCase(Locale.ROOT).strip();
		if (s.startsWith(word("teachers.level.low.prefix"))) {
			return ExternalLevel.LOW;
		}
		if (s.startsWith(word("teachers.level.medium.prefix"))) {
			return ExternalLevel.MEDIUM;
		}
		if (s.startsWith(word("teachers.level.high.prefix"))) {
			return ExternalLevel.HIGH;
		}
		return null;
	}

	/**
	 * «2026/27», «2026/2027», «2026-27» or «2026»: the year it starts in.
	 */
	static Integer academicYear(String text) {
		Matcher m = YEAR_PATTERN.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		int start = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			int end = Integer.parseInt(m.group(2));
			int expected = (m.group(2).length() == 2) ? (start + 1) % 100 : start + 1;
			if (end != expected) {
				return null;
			}
		}
		return start;
	}

	record TeacherRow(int row, Long schoolId, TeacherData data) {

	}

	record DiagnosticRow(int row, Long teacherId, int year, Map<Long, BigDecimal> scores, BigDecimal externalPercent,
			ExternalLevel level) {

	}

	/**
	 * The rows of a teacher list.
	 */
	private static final class TeacherRows {

		private final Long defaultSchoolId;

		private final SchoolDirectory directory;

		private final ImportProblems problems;

		private final Map<String, TeacherRow> entries = new LinkedHashMap<>();

		private int rows;

		TeacherRows(Long defaultSchoolId, SchoolDirectory directory, ImportProblems problems) {
			this.defaultSchoolId = defaultSchoolId;
			this.directory = directory;
			this.problems = problems;
		}

		void row(Cells row) {
			int number = row.row();
			Long schoolId = (row.has(SCHOOL) && !row.blank(SCHOOL)) ? this.directory.resolve(row, SCHOOL)
					: this.defaultSchoolId;
			String fullName = row.string(NAME, 200);
			List<String> subjects = TeacherForm.splitSubjects(row.text(SUBJECTS));
			if (subjects.isEmpty()) {
				row.problem(SUBJECTS, "tabular.problem.required");
			}
			else if (subjects.size() > TeacherForm.MAX_SUBJECTS) {
				row.problem(SUBJECTS, "teachers.import.problem.tooManySubjects", TeacherForm.MAX_SUBJECTS);
			}
			else if (subjects.stream().anyMatch((s) -> s.length() > 100)) {
				row.problem(SUBJECTS, "tabular.problem.tooLong", 100);
			}
			String position = row.string(POSITION, 150);
			Qualification qualification = qualification(row.text(CATEGORY));
			if (qualification == null) {
				row.problem(CATEGORY, "teachers.import.problem.category", row.text(CATEGORY));
			}
			Integer experience = row.integer(EXPERIENCE, 0, 70);
			String email = row.string(EMAIL, 254);
			if (email != null && !EMAIL_PATTERN.matcher(email).matches()) {
				row.problem(EMAIL, "teachers.import.problem.email", email);
			}
			if (!row.valid()) {
				return;
			}
			TeacherData data = new TeacherData(fullName, subjects, position, qualification, experience, email);
			String key = schoolId + "|" + Teacher.nameKey(fullName) + "|" + TeacherService.mainSubjectKey(data);
			TeacherRow previous = this.entries.putIfAbsent(key, new TeacherRow(number, schoolId, data));
			if (previous != null) {
				this.problems.add(number, "", "teachers.import.problem.duplicate", previous.row());
			}
		}

	}

	/**
	 * The rows of a diagnostics file.
	 */
	private static final class DiagnosticRows {

		private final Long defaultSchoolId;

		private final SchoolDirectory directory;

		private final Map<Long, List<Teacher>> bySchool;

		private final List<ImportColumn> allColumns;

		private final List<CompetenceArea> areas;

		private final int currentYear;

		private final ImportProblems problems;

		private final Map<String, DiagnosticRow> entries = new LinkedHashMap<>();

		private int rows;

		DiagnosticRows(Long defaultSchoolId, SchoolDirectory directory, Map<Long, List<Teacher>> bySchool,
				List<ImportColumn> allColumns, List<CompetenceArea> areas, int currentYear, ImportProblems problems) {
			this.defaultSchoolId = defaultSchoolId;
			this.directory = directory;
			this.bySchool = bySchool;
			this.allColumns = allColumns;
			this.areas = areas;
			this.currentYear = currentYear;
			this.problems = problems;
		}

		void row(Cells row) {
			int number = row.row();
			Long schoolId = (row.has(SCHOOL) && !row.blank(SCHOOL)) ? this.directory.resolve(row, SCHOOL)
					: this.defaultSchoolId;
			String fullName = row.string(NAME, 200);
			String subject = row.text(SUBJECT);
			Integer year = null;
			String yearText = row.text(YEAR);
			if (yearText.isEmpty()) {
				row.problem(YEAR, "tabular.problem.required");
			}
			else {
				year = academicYear(yearText);
				if (year == null || year < this.currentYear - 10 || year > this.currentYear + 1) {
					row.problem(YEAR, "teachers.import.problem.year", yearText);
					year = null;
				}
			}
			Map<Long, BigDecimal> scores = new LinkedHashMap<>();
			for (int i = 0; i < this.areas.size(); i++) {
				ImportColumn column = this.allColumns.get(4 + i);
				if (row.has(column) && !row.blank(column)) {
					BigDecimal value = row.share(column);
					if (value != null) {
						scores.put(this.areas.get(i).getId(), value);
					}
				}
			}
			BigDecimal external = (row.has(EXTERNAL) && !row.blank(EXTERNAL)) ? row.share(EXTERNAL) : null;
			ExternalLevel level = null;
			if (row.has(LEVEL) && !row.blank(LEVEL)) {
				level = level(row.text(LEVEL));
				if (level == null) {
					row.problem(LEVEL, "teachers.import.problem.level", row.text(LEVEL));
				}
			}
			if (row.valid() && scores.isEmpty() && external == null && level == null) {
				row.problem(null, "teachers.import.problem.noValues");
			}
			Long teacherId = (row.valid() && schoolId != null && fullName != null)
					? teacher(row, schoolId, fullName, subject) : null;
			if (!row.valid() || teacherId == null) {
				return;
			}
			String key = teacherId + "|" + year;
			DiagnosticRow previous = this.entries.putIfAbsent(key,
					new DiagnosticRow(number, teacherId, year, scores, external, level));
			if (previous != null) {
				this.problems.add(number, "", "teachers.import.problem.duplicateDiagnostic", previous.row());
			}
		}

		private Long teacher(Cells row, Long schoolId, String fullName, String subject) {
			String nameKey = Teacher.nameKey(fullName);
			List<Teacher> candidates = this.bySchool.getOrDefault(schoolId, List.of())
				.stream()
				.filter((t) -> !t.isAnonymised() && t.getNameKey().equals(nameKey))
				.filter((t) -> subject.isEmpty() || t.getSubjects()
					.stream()
					.anyMatch((s) -> Teacher.subjectKey(s).equals(Teacher.subjectKey(subject))))
				.toList();
			if (candidates.size() == 1) {
				return candidates.get(0).getId();
			}
			if (candidates.isEmpty()) {
				row.problem(NAME, "teachers.import.problem.unknownTeacher", fullName);
			}
			else {
				row.problem(NAME, "teachers.import.problem.ambiguousTeacher", fullName);
			}
			return null;
		}

	}

}
