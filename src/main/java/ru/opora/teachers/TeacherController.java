package ru.opora.teachers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.tabular.ImportColumn;
import ru.opora.tabular.ImportReport;
import ru.opora.web.FlashMessage;

/**
 * The teacher pages: a school's «Педагоги» (list with filters, import, export), the
 * teacher's card, the teacher form, departures and moves, and the diagnostic of a year.
 */
@Controller
@RequiredArgsConstructor
class TeacherController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TeacherService teachers;

	private final TeacherCardService cards;

	private final TeacherImportService imports;

	private final TeacherWorkbook workbook;

	private final List<TeacherCardSections> sections;

	private final MessageSource messages;

	@GetMapping("/schools/{schoolId}/teachers")
	String list(@PathVariable Long schoolId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String risk,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String plan, Model model) {
		return showList(schoolId, filter(year, status, risk, subject, plan), null, null, model);
	}

	@GetMapping("/schools/{schoolId}/teachers/summary")
	String summary(@PathVariable Long schoolId, Model model) {
		model.addAttribute("summary", this.teachers.summary(schoolId));
		return "teachers/summary :: summary";
	}

	@GetMapping("/schools/{schoolId}/teachers.xlsx")
	ResponseEntity<byte[]> export(@PathVariable Long schoolId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) String risk,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String plan,
			Locale locale) {
		TeacherViews.SchoolTeachers list = this.teachers.list(schoolId, filter(year, status, risk, subject, plan));
		byte[] body = this.workbook.list(list, locale);
		this.teachers.recordExport("teachers.xlsx", schoolId, list.rows().size());
		String name = this.messages.getMessage("teachers.export.file", new Object[] { list.schoolName() }, locale)
			.replaceAll("[\\\\/:*?\"<>|]", "-");
		return file(name + ".xlsx", XLSX, body);
	}

	@PostMapping("/schools/{schoolId}/teachers/import")
	String importFile(@PathVariable Long schoolId, @RequestParam(defaultValue = "teachers") String kind,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		boolean diagnostics = "diagnostics".equals(kind);
		ImportReport report;
		String name = (file != null) ? file.getOriginalFilename() : null;
		try (InputStream in = (file == null || file.isEmpty()) ? new ByteArrayInputStream(new byte[0])
				: file.getInputStream()) {
			report = diagnostics ? this.imports.importDiagnostics(schoolId, name, in)
					: this.imports.importTeachers(schoolId, name, in);
		}
		return showList(schoolId, filter(null, null, null, null, null), report, kind, model);
	}

	@GetMapping("/schools/{schoolId}/teachers/template-{kind}.{format}")
	ResponseEntity<byte[]> template(@PathVariable Long schoolId, @PathVariable String kind, @PathVariable String format,
			Locale locale) {
		this.teachers.checkNames(schoolId);
		boolean xlsx = "xlsx".equals(format);
		if ((!xlsx && !"csv".equals(format)) || !("teachers".equals(kind) || "diagnostics".equals(kind))) {
			throw new TeacherNotFoundException(schoolId);
		}
		boolean diagnostics = "diagnostics".equals(kind);
		List<ImportColumn> columns = diagnostics ? this.imports.diagnosticColumns()
				: TeacherImportService.TEACHER_COLUMNS;
		List<String> example = new ArrayList<>();
		String exampleName = this.messages.getMessage("teachers.template.example.name", null, locale);
		if (diagnostics) {
			example.addAll(List.of("", exampleName,
					this.messages.getMessage("teachers.template.example.subject", null, locale),
					AcademicYear.label(this.teachers.currentYear())));
			for (int i = 4; i < columns.size() - 2; i++) {
				example.add(String.valueOf(45 + 10 * (i % 4)));
			}
			example.addAll(List.of("", ""));
		}
		else {
			example.addAll(List.of("", exampleName,
					this.messages.getMessage("teachers.template.example.subjects", null, locale),
					this.messages.getMessage("teachers.template.example.position", null, locale),
					this.messages.getMessage("teachers.template.example.category", null, locale), "12", ""));
		}
		String name = this.messages.getMessage("teachers.template.file." + kind, null, locale);
		return file(name + "." + format, xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8),
				this.workbook.template(columns, example, xlsx, locale));
	}

	@GetMapping("/schools/{schoolId}/teachers/new")
	String newTeacher(@PathVariable Long schoolId, Model model) {
		TeacherViews.SchoolTeachers list = this.teachers.list(schoolId, filter(null, null, null, null, null));
		if (!list.canKeep()) {
			throw new org.springframework.security.access.AccessDeniedException("read only");
		}
		model.addAttribute("form", new TeacherForm());
		return form(list, null, model);
	}

	@PostMapping("/schools/{schoolId}/teachers")
	String create(@PathVariable Long schoolId, @Valid @ModelAttribute("form") TeacherForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TeacherViews.SchoolTeachers list = this.teachers.list(schoolId, filter(null, null, null, null, null));
		if (!binding.hasErrors()) {
			try {
				Long id = this.teachers.create(schoolId, form.data());
				FlashMessage.success(redirect, "teachers.created");
				return "redirect:/teachers/" + id;
			}
			catch (RuleViolationException ex) {
				binding.rejectValue(ex.getMessageKey().contains("subjects") ? "subjects" : "fullName",
						ex.getMessageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(list, null, model);
	}

	@GetMapping("/teachers/{id}")
	String card(@PathVariable Long id, Model model) {
		TeacherViews.Card card = this.cards.card(id);
		model.addAttribute("card", card);
		TeacherCardSections.TeacherCard context = new TeacherCardSections.TeacherCard(card.id(), card.schoolId(),
				card.municipalityId(), card.canKeep(), card.year());
		model.addAttribute("sections",
				this.sections.stream()
					.sorted(Comparator.comparingInt(TeacherCardSections::order))
					.map((s) -> s.section(context))
					.flatMap(java.util.Optional::stream)
					.toList());
		if (card.canMove()) {
			model.addAttribute("moveTargets", this.teachers.moveTargets(id));
		}
		model.addAttribute("today", this.teachers.today());
		return "teachers/card";
	}

	@GetMapping("/teachers/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		TeacherViews.Card card = this.cards.card(id);
		if (!card.canKeep() || card.anonymised()) {
			throw new org.springframework.security.access.AccessDeniedException("read only");
		}
		TeacherForm form = new TeacherForm();
		form.setFullName(card.fullName());
		form.setSubjects(String.join(", ", card.subjects()));
		form.setPosition(card.position());
		form.setQualification(card.qualification());
		form.setExperienceYears(card.experienceYears());
		form.setEmail(card.email());
		form.setVersion(card.version());
		model.addAttribute("form", form);
		return form(this.teachers.list(card.schoolId(), filter(null, null, null, null, null)), card, model);
	}

	@PostMapping("/teachers/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") TeacherForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		TeacherViews.Card card = this.cards.card(id);
		if (!binding.hasErrors()) {
			try {
				this.teachers.update(id, form.getVersion(), form.data());
				FlashMessage.success(redirect, "teachers.saved");
				return "redirect:/teachers/" + id;
			}
			catch (RuleViolationException ex) {
				binding.rejectValue(ex.getMessageKey().contains("subjects") ? "subjects" : "fullName",
						ex.getMessageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(this.teachers.list(card.schoolId(), filter(null, null, null, null, null)), card, model);
	}

	@PostMapping("/teachers/{id}/leave")
	String leave(@PathVariable Long id,
			@RequestParam(name = "leftOn",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		try {
			this.teachers.leave(id, on);
			FlashMessage.success(redirect, "teachers.left");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/teachers/" + id;
	}

	@PostMapping("/teachers/{id}/return")
	String comeBack(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.teachers.comeBack(id);
			FlashMessage.success(redirect, "teachers.returned");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/teachers/" + id;
	}

	@PostMapping("/teachers/{id}/move")
	String move(@PathVariable Long id, @RequestParam(name = "schoolId", required = false) Long schoolId,
			RedirectAttributes redirect) {
		try {
			this.teachers.move(id, schoolId);
			FlashMessage.success(redirect, "teachers.moved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/teachers/" + id;
	}

	@GetMapping("/teachers/{id}/diagnostics/{year}")
	String diagnostic(@PathVariable Long id, @PathVariable int year, Model model) {
		return diagnosticForm(id, this.cards.form(id, year), Map.of(), model);
	}

	@PostMapping("/teachers/{id}/diagnostics/{year}")
	String saveDiagnostic(@PathVariable Long id, @PathVariable int year, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<Long, String> scores = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("score-") && key.length() < 26 && key.substring(6).matches("\\d{1,18}")) {
				scores.put(Long.valueOf(key.substring(6)), value);
			}
		});
		TeacherViews.DiagnosticForm form = new TeacherViews.DiagnosticForm(year, scores,
				params.getOrDefault("externalPercent", ""), params.getOrDefault("externalLevel", ""),
				params.getOrDefault("note", ""));
		try {
			this.cards.save(id, form);
			FlashMessage.success(redirect, "teachers.diagnostic.saved", AcademicYear.label(year));
			return "redirect:/teachers/" + id;
		}
		catch (DiagnosticInvalidException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return diagnosticForm(id, form, ex.errors(), model);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return diagnosticForm(id, form, Map.of("form", ex.getMessageKey()), model);
		}
	}

	@PostMapping("/teachers/{id}/diagnostics/{year}/delete")
	String deleteDiagnostic(@PathVariable Long id, @PathVariable int year, RedirectAttributes redirect) {
		this.cards.delete(id, year);
		FlashMessage.success(redirect, "teachers.diagnostic.deleted", AcademicYear.label(year));
		return "redirect:/teachers/" + id;
	}

	private String diagnosticForm(Long id, TeacherViews.DiagnosticForm form, Map<String, String> errors, Model model) {
		TeacherViews.Card card = this.cards.card(id);
		model.addAttribute("card", card);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", this.cards.activeAreas());
		model.addAttribute("levels", ExternalLevel.values());
		model.addAttribute("yearLabel", AcademicYear.label(form.year()));
		return "teachers/diagnostic";
	}

	private String showList(Long schoolId, TeacherViews.Filter filter, ImportReport report, String reportKind,
			Model model) {
		TeacherViews.SchoolTeachers list = this.teachers.list(schoolId, filter);
		model.addAttribute("list", list);
		model.addAttribute("report", report);
		model.addAttribute("reportKind", reportKind);
		model.addAttribute("teacherColumns", TeacherImportService.TEACHER_COLUMNS);
		model.addAttribute("diagnosticColumns", this.imports.diagnosticColumns());
		model.addAttribute("yearLabels", list.years()
			.stream()
			.collect(
					java.util.stream.Collectors.toMap((y) -> y, AcademicYear::label, (a, b) -> a, LinkedHashMap::new)));
		return "teachers/list";
	}

	private String form(TeacherViews.SchoolTeachers list, TeacherViews.Card card, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("card", card);
		model.addAttribute("qualifications", Qualification.values());
		return "teachers/form";
	}

	private TeacherViews.Filter filter(Integer year, String status, String risk, String subject, String plan) {
		int current = this.teachers.currentYear();
		int y = (year == null || year < current - 10 || year > current + 1) ? current : year;
		String s = ("left".equals(status) || "all".equals(status)) ? status : "active";
		String r = ("in".equals(risk) || "out".equals(risk) || "none".equals(risk)) ? risk : "";
		String subj = (subject == null) ? "" : subject.strip();
		if (subj.length() > 100) {
			subj = "";
		}
		String p = (plan != null && plan.matches("NONE|DRAFT|ACTIVE|COMPLETED")) ? plan : "";
		return new TeacherViews.Filter(y, s, r, subj, p);
	}

	private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

}
