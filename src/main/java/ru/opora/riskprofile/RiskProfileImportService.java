package ru.opora.riskprofile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import ru.opora.common.ImportTimer;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolDirectory;
import ru.opora.schools.SchoolFacts;
import ru.opora.schools.SchoolService;
import ru.opora.tabular.Cells;
import ru.opora.tabular.FileVocabulary;
import ru.opora.tabular.ImportColumn;
import ru.opora.tabular.ImportProblems;
import ru.opora.tabular.ImportReport;
import ru.opora.tabular.TabularImport;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Imports risk profiles as the federal survey delivered them: one row per school and
 * factor with its significance. The coordinator of the programme year's municipality
 * imports for its participants. Every row is checked; with any problem nothing is
 * imported. A school's profile is replaced whole (factors the file leaves out become «нет
 * данных»), unless the school and its curator have verified it. The file is read by the
 * tabular import module ({@link TabularImport}).
 */
@Service
@RequiredArgsConstructor
public class RiskProfileImportService {

	// the columns of the file (file-format vocabulary: the titles of the Russian
	// template,
	// the same whatever the interface language)

	static final ImportColumn SCHOOL = new ImportColumn(FileVocabulary.SCHOOL, true, "riskprofile.import.hint.school");

	static final ImportColumn FACTOR = FileVocabulary.column("riskprofile.column.factor", true,
			"riskprofile.import.hint.factor");

	static final ImportColumn SIGNIFICANCE = FileVocabulary.column("riskprofile.column.significance", true,
			"riskprofile.import.hint.significance");

	static final List<ImportColumn> COLUMNS = List.of(SCHOOL, FACTOR, SIGNIFICANCE);

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final RiskFactorRepository factors;

	private final RiskProfileService profiles;

	private final ImportTimer importTimer;

	/**
	 * May the current user import profiles for this programme year?
	 */
	public boolean canImport(ProgrammeYearSummary year) {
		return CurrentUser.current()
			.map((u) -> u.is(Role.COORDINATOR) && year.municipalityId().equals(u.municipalityId()))
			.orElse(false);
	}

	@Transactional
	public ImportReport importProfiles(Long programmeYearId, String fileName, InputStream content) {
		return this.importTimer.time("risk-profiles", CurrentUser.require().username(),
				() -> importProfilesTimed(programmeYearId, fileName, content));
	}

	private ImportReport importProfilesTimed(Long programmeYearId, String fileName, InputStream content) {
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		if (!canImport(year)) {
			throw new AccessDeniedException("Only the coordinator imports risk profiles");
		}
		this.programmes.requireOpen(programmeYearId);
		String name = (fileName == null || fileName.isBlank()) ? "—" : fileName.strip();
		List<SchoolFacts> municipality = this.schools.visibleSchoolFacts()
			.stream()
			.filter((s) -> s.municipalityId().equals(year.municipalityId()))
			.toList();
		SchoolDirectory directory = new SchoolDirectory(municipality);
		List<RiskFactor> catalogue = this.factors.catalogueFor(year.year());
		ImportProblems problems = new ImportProblems();
		Reading reading = new Reading(year, directory, catalogue, problems);
		TabularImport.read(content, COLUMNS, problems, reading::row);
		if (!problems.any() && reading.rows == 0) {
			problems.add(0, "", "tabular.problem.noRows");
		}
		if (!problems.any()) {
			reading.bySchool.forEach((schoolId, entries) -> {
				if (this.profiles.isVerified(programmeYearId, schoolId)) {
					Entry first = entries.values().iterator().next();
					problems.add(first.row(), SCHOOL.title(), "riskprofile.import.verified",
							directory.school(schoolId).shortName());
				}
			});
		}
		if (problems.any()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport("RISK_PROFILES", name, reading.rows, 0, 0, problems.list(), problems.count());
		}
		int created = 0;
		int replaced = 0;
		for (var school : reading.bySchool.entrySet()) {
			List<ProfileFactor> list = new ArrayList<>();
			for (RiskFactor f : catalogue) {
				Entry e = school.getValue().get(f.getId());
				list.add((e != null)
						? new ProfileFactor(f.getId(), e.significance(), null,
								List.of(ExplanationLine.file(name, e.row(), e.significance())))
						: new ProfileFactor(f.getId(), Significance.NO_DATA, null,
								List.of(ExplanationLine.fileMissing(name))));
			}
			boolean exists = this.profiles.exists(programmeYearId, school.getKey());
			this.profiles.saveProfile(programmeYearId, school.getKey(), ProfileSource.IMPORT, name, list);
			if (exists) {
				replaced++;
			}
			else {
				created++;
			}
		}
		return new ImportReport("RISK_PROFILES", name, reading.rows, created, replaced, List.of(), 0);
	}

	record Entry(int row, Significance significance) {

	}

	/**
	 * Reading one file: the header, then each row checked against the year's catalogue
	 * and participants.
	 */
	private static final class Reading {

		private final ProgrammeYearSummary year;

		private final SchoolDirectory directory;

		private final List<RiskFactor> catalogue;

		private final ImportProblems problems;

		private final Map<Long, Map<Long, Entry>> bySchool = new LinkedHashMap<>();

		private int rows;

		Reading(ProgrammeYearSummary year, SchoolDirectory directory, List<RiskFactor> catalogue,
				ImportProblems problems) {
			this.year = year;
			this.directory = directory;
			this.catalogue = catalogue;
			this.problems = problems;
		}

		void row(Cells row) {
			this.rows++;
			int number = row.row();
			Long schoolId = this.directory.resolve(row, SCHOOL);
			if (schoolId != null && !this.year.hasParticipant(schoolId)) {
				row.problem(SCHOOL, "riskprofile.import.notParticipant", row.text(SCHOOL), this.year.title());
				schoolId = null;
			}
			RiskFactor factor = factor(row);
			Significance significance = null;
			String text = row.text(SIGNIFICANCE);
			if (text.isEmpty()) {
				row.problem(SIGNIFICANCE, "tabular.problem.required");
			}
			else {
				significance = Significance.parse(text).orElse(null);
				if (significance == null) {
					row.problem(SIGNIFICANCE, "riskprofile.import.significance", text);
				}
			}
			if (!row.valid()) {
				return;
			}
			Entry previous = this.bySchool.computeIfAbsent(schoolId, (k) -> new LinkedHashMap<>())
				.putIfAbsent(factor.getId(), new Entry(number, significance));
			if (previous != null) {
				this.problems.add(number, "", "riskprofile.import.duplicate", previous.row());
			}
		}

		/**
		 * «3», «3.», «3. Недостаточная …» or the name itself.
		 */
		private RiskFactor factor(Cells row) {
			String text = row.text(FACTOR);
			if (text.isEmpty()) {
				row.problem(FACTOR, "tabular.problem.required");
				return null;
			}
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,3})\\s*[.)]?\\s*(.*)$").matcher(text);
			if (m.matches()) {
				int number = Integer.parseInt(m.group(1));
				for (RiskFactor f : this.catalogue) {
					if (f.getNumber() == number) {
						return f;
					}
				}
			}
			else {
				String wanted = normalize(text);
				for (RiskFactor f : this.catalogue) {
					if (normalize(f.getName()).equals(wanted)) {
						return f;
					}
				}
			}
			row.problem(FACTOR, "riskprofile.import.unknownFactor", text, this.year.year());
			return null;
		}

		private static String normalize(String name) {
			return name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
		}

	}

}
