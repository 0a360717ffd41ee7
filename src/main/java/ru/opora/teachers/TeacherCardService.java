package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;

/**
 * The teacher's card (data, schools over time, diagnostics by year with the risk group
 * explained) and the diagnostic of a year entered on a form.
 */
@Service
@RequiredArgsConstructor
class TeacherCardService {

	static final String DIAGNOSTIC = "TeacherDiagnostic";

	private final TeacherAccess access;

	private final TeacherSchoolPeriodRepository periods;

	private final TeacherDiagnosticRepository diagnostics;

	private final CompetenceAreaRepository areas;

	private final RiskGroupService riskGroups;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final Clock clock;

	@Transactional(readOnly = true)
	TeacherViews.Card card(Long teacherId) {
		Teacher teacher = this.access.checkedTeacher(teacherId);
		CurrentUser user = CurrentUser.require();
		SchoolLocation location = this.schools.location(teacher.getSchoolId()).orElseThrow();
		RiskRule rule = this.riskGroups.rule(location.regionId());
		List<TeacherSchoolPeriod> history = this.periods.findByTeacherIdOrderByFromDateAscIdAsc(teacherId);
		Map<Long, String> names = this.schools
			.visibleSchoolNames(history.stream().map(TeacherSchoolPeriod::getSchoolId).distinct().toList());
		List<TeacherViews.Period> periodViews = history.stream()
			.map((p) -> new TeacherViews.Period(names.getOrDefault(p.getSchoolId(), "—"), p.getFromDate(),
					p.getToDate()))
			.toList();
		Map<Long, String> areaNames = new LinkedHashMap<>();
		this.areas.findAllByOrderByPositionAscIdAsc().forEach((a) -> areaNames.put(a.getId(), a.getName()));
		List<TeacherViews.Diagnostic> diagnosticViews = new ArrayList<>();
		for (TeacherDiagnostic d : this.diagnostics.findByTeacher(teacherId)) {
			Map<String, BigDecimal> scores = new LinkedHashMap<>();
			List<TeacherViews.Score> scoreViews = new ArrayList<>();
			areaNames.forEach((id, name) -> {
				BigDecimal score = d.getScores().get(id);
				if (score != null) {
					scores.put(name, score);
					scoreViews.add(new TeacherViews.Score(name, score, score.compareTo(rule.areaThreshold()) < 0));
				}
			});
			List<RiskRule.Reason> reasons = rule.reasons(scores, d.getExternalPercent(), d.getExternalLevel());
			diagnosticViews.add(new TeacherViews.Diagnostic(d.getAcademicYear(),
					AcademicYear.label(d.getAcademicYear()), scoreViews, d.getExternalPercent(), d.getExternalLevel(),
					d.getNote(), !reasons.isEmpty(), reasons));
		}
		diagnosticViews.sort(Comparator.comparingInt(TeacherViews.Diagnostic::year).reversed());
		boolean canKeep = this.access.canKeep(user, location);
		return new TeacherViews.Card(teacher.getId(), teacher.getFullName(), List.copyOf(teacher.getSubjects()),
				teacher.getPosition(), teacher.getQualification(), teacher.getExperienceYears(), teacher.getEmail(),
				teacher.getLeftOn(), teacher.isAnonymised(), teacher.getSchoolId(),
				this.schools.shortName(teacher.getSchoolId()).orElse(""), location.municipalityId(), periodViews,
				diagnosticViews, rule, canKeep, this.access.canMove(user, location) && teacher.isActive(),
				AcademicYear.of(LocalDate.now(this.clock)), teacher.getVersion());
	}

	/**
	 * The active competence areas, in order, for the diagnostic form.
	 */
	@Transactional(readOnly = true)
	List<CompetenceArea> activeAreas() {
		return this.areas.findByActiveTrueOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	TeacherViews.DiagnosticForm form(Long teacherId, int year) {
		this.access.keptTeacher(teacherId);
		checkYear(year);
		Map<Long, String> scores = new LinkedHashMap<>();
		TeacherDiagnostic d = this.diagnostics.findByTeacherIdAndAcademicYear(teacherId, year).orElse(null);
		if (d == null) {
			return new TeacherViews.DiagnosticForm(year, scores, "", "", "");
		}
		d.getScores().forEach((area, score) -> scores.put(area, score.stripTrailingZeros().toPlainString()));
		return new TeacherViews.DiagnosticForm(year, scores,
				(d.getExternalPercent() != null) ? d.getExternalPercent().stripTrailingZeros().toPlainString() : "",
				(d.getExternalLevel() != null) ? d.getExternalLevel().name() : "",
				(d.getNote() != null) ? d.getNote() : "");
	}

	/**
	 * Saves the diagnostic of the year, replacing what was there. Every value is checked
	 * first; with any problem nothing is saved.
	 */
	@Transactional
	void save(Long teacherId, TeacherViews.DiagnosticForm form) {
		Teacher teacher = this.access.keptTeacher(teacherId);
		if (teacher.isAnonymised()) {
			throw new RuleViolationException("teachers.anonymised.readOnly");
		}
		checkYear(form.year());
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		for (CompetenceArea area : activeAreas()) {
			String text = form.scores().getOrDefault(area.getId(), "");
			BigDecimal value = Percent.parse(text);
			if (value == null && !text.isBlank()) {
				errors.put("score-" + area.getId(), "teachers.diagnostic.error.percent");
			}
			else if (value != null) {
				scores.put(area.getId(), value);
			}
		}
		BigDecimal external = Percent.parse(form.externalPercent());
		if (external == null && form.externalPercent() != null && !form.externalPercent().isBlank()) {
			errors.put("externalPercent", "teachers.diagnostic.error.percent");
		}
		ExternalLevel level = null;
		if (form.externalLevel() != null && !form.externalLevel().isBlank()) {
			try {
				level = ExternalLevel.valueOf(form.externalLevel());
			}
			catch (IllegalArgumentException ex) {
				errors.put("externalLevel", "teachers.diagnostic.error.level");
			}
		}
		String note = (form.note() == null || form.note().isBlank()) ? null : form.note().strip();
		if (note != null && note.length() > 1000) {
			errors.put("note", "teachers.diagnostic.error.note");
		}
		if (errors.isEmpty() && scores.isEmpty() && external == null && level == null) {
			errors.put("form", "teachers.diagnostic.error.empty");
		}
		if (!errors.isEmpty()) {
			throw new DiagnosticInvalidException(errors);
		}
		TeacherDiagnostic diagnostic = this.diagnostics.findByTeacherIdAndAcademicYear(teacherId, form.year())
			.orElseGet(() -> new TeacherDiagnostic(teacherId, form.year()));
		boolean created = diagnostic.getId() == null;
		diagnostic.record(scores, external, level, note, CurrentUser.require().username(), this.clock.instant());
		this.diagnostics.saveAndFlush(diagnostic);
		this.auditLog.record(created ? AuditAction.CREATE : AuditAction.UPDATE, DIAGNOSTIC, diagnostic.getId(),
				"teacher=" + teacherId + ", year=" + form.year());
	}

	@Transactional
	void delete(Long teacherId, int year) {
		this.access.keptTeacher(teacherId);
		this.diagnostics.findByTeacherIdAndAcademicYear(teacherId, year).ifPresent((d) -> {
			this.diagnostics.delete(d);
			this.auditLog.record(AuditAction.DELETE, DIAGNOSTIC, d.getId(), "teacher=" + teacherId + ", year=" + year);
		});
	}

	private void checkYear(int year) {
		int current = AcademicYear.of(LocalDate.now(this.clock));
		if (year < current - 10 || year > current + 1) {
			throw new RuleViolationException("teachers.diagnostic.error.year");
		}
	}

}
