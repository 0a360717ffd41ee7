package ru.opora.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileDownloads;
import ru.opora.files.FileRejectedException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolService;
import ru.opora.web.FlashMessage;

/**
 * Road-map pages and the HTMX fragments of in-place editing: a cell save answers with its
 * row (409 with both values on a conflict, 422 with the error), structural changes with
 * the whole table.
 */
@Controller
@RequiredArgsConstructor
class RoadMapController {

	private static final String FRAGMENTS = "roadmap/fragments";

	private final RoadMapService roadMaps;

	private final RoadMapXlsx xlsx;

	private final RoadMapPdf pdf;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final org.springframework.context.MessageSource messages;

	@org.springframework.web.bind.annotation.ModelAttribute("measureStatuses")
	MeasureStatus[] measureStatuses() {
		return MeasureStatus.values();
	}

	@org.springframework.web.bind.annotation.ModelAttribute("rags")
	Rag[] rags() {
		return Rag.values();
	}

	// ---------------------------------------------------------------- pages

	@GetMapping("/programmes/{yearId}/roadmap")
	String municipal(@PathVariable Long yearId, Model model) {
		Optional<Long> id = this.roadMaps.municipalMap(yearId);
		if (id.isPresent()) {
			return "redirect:/roadmaps/" + id.get();
		}
		ProgrammeYearSummary programme = this.programmes.year(yearId);
		model.addAttribute("programme", programme);
		model.addAttribute("canCreate", !programme.closed() && this.roadMaps.canCreateMunicipal(yearId));
		model.addAttribute("createUrl", "/programmes/" + yearId + "/roadmap");
		return "roadmap/missing";
	}

	@PostMapping("/programmes/{yearId}/roadmap")
	String createMunicipal(@PathVariable Long yearId) {
		return "redirect:/roadmaps/" + this.roadMaps.createMunicipal(yearId);
	}

	/**
	 * The school card's «Программы» block (loaded by htmx): each programme year the
	 * school takes part in, with links to its road map, documents and risk profile.
	 */
	@GetMapping("/schools/{schoolId}/programmes")
	String schoolProgrammes(@PathVariable Long schoolId, Model model) {
		List<ProgrammeYearSummary> years = this.programmes.yearsOfSchool(schoolId);
		model.addAttribute("schoolId", schoolId);
		model.addAttribute("years", years);
		model.addAttribute("mapIds",
				years.stream()
					.collect(java.util.stream.Collectors.toMap(ProgrammeYearSummary::id,
							(y) -> this.roadMaps.schoolMap(y.id(), schoolId).orElse(-1L))));
		return FRAGMENTS + " :: schoolProgrammes";
	}

	/**
	 * «Дорожная карта» from the school's card or a curator's school: the road map of the
	 * newest open programme year the school takes part in (the newest year if all are
	 * closed).
	 */
	@GetMapping("/schools/{schoolId}/roadmap")
	String schoolRoadMap(@PathVariable Long schoolId) {
		List<ProgrammeYearSummary> years = this.programmes.yearsOfSchool(schoolId);
		ProgrammeYearSummary year = years.stream()
			.filter((y) -> !y.closed())
			.findFirst()
			.or(() -> years.stream().findFirst())
			.orElseThrow(() -> new RoadMapNotFoundException("school " + schoolId));
		return "redirect:/programmes/" + year.id() + "/schools/" + schoolId + "/roadmap";
	}

	@GetMapping("/programmes/{yearId}/schools/{schoolId}/roadmap")
	String school(@PathVariable Long yearId, @PathVariable Long schoolId, Model model) {
		Optional<Long> id = this.roadMaps.schoolMap(yearId, schoolId);
		if (id.isPresent()) {
			return "redirect:/roadmaps/" + id.get();
		}
		ProgrammeYearSummary programme = this.programmes.year(yearId);
		model.addAttribute("programme", programme);
		model.addAttribute("school", this.schools.details(schoolId));
		model.addAttribute("canCreate", !programme.closed() && this.roadMaps.canEditSchool(schoolId));
		model.addAttribute("createUrl", "/programmes/" + yearId + "/schools/" + schoolId + "/roadmap");
		return "roadmap/missing";
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/roadmap")
	String createSchool(@PathVariable Long yearId, @PathVariable Long schoolId, RedirectAttributes redirect) {
		try {
			return "redirect:/roadmaps/" + this.roadMaps.createSchool(yearId, schoolId);
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			return "redirect:/programmes/" + yearId + "/schools/" + schoolId + "/roadmap";
		}
	}

	@GetMapping("/programmes/{yearId}/roadmaps")
	String monitoring(@PathVariable Long yearId, Model model) {
		model.addAttribute("rows", this.roadMaps.monitoring(yearId));
		model.addAttribute("programme", this.programmes.year(yearId));
		return "roadmap/monitoring";
	}

	@GetMapping("/roadmaps/{id}")
	String page(@PathVariable Long id, Model model) {
		model.addAttribute("rm", this.roadMaps.details(id));
		model.addAttribute("missingFactors", this.roadMaps.missingSections(id));
		model.addAttribute("unchosenSections", this.roadMaps.sectionsOfUnchosenFactors(id));
		return "roadmap/page";
	}

	/**
	 * Adds the sections of newly chosen risk factors (the offer on the page).
	 */
	@PostMapping("/roadmaps/{id}/sections/missing")
	String addMissingSections(@PathVariable Long id, RedirectAttributes redirect) {
		int added = this.roadMaps.addMissingSections(id);
		FlashMessage.success(redirect, "roadmap.sections.added", added);
		return "redirect:/roadmaps/" + id;
	}

	@GetMapping("/roadmaps/{id}/table")
	String table(@PathVariable Long id, Model model) {
		model.addAttribute("rm", this.roadMaps.details(id));
		return FRAGMENTS + " :: table";
	}

	@GetMapping("/roadmaps/{id}/history")
	String history(@PathVariable Long id, @RequestParam(required = false) Long item, Model model) {
		model.addAttribute("changes", this.roadMaps.history(id, item, 200));
		model.addAttribute("historyItem", item);
		return FRAGMENTS + " :: history";
	}

	@GetMapping("/roadmaps/{id}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable Long id) {
		RoadMapDetails details = this.roadMaps.details(id);
		String name = fileName(details) + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(this.xlsx.export(details));
	}

	/**
	 * A Russian file name like the document downloads: «Дорожная карта 500+ 2026 — МКОУ
	 * «Жидкинская ООШ»» (characters file systems refuse are replaced).
	 */
	private String fileName(RoadMapDetails details) {
		String name = (details.schoolName() != null)
				? message("roadmap.file.school", details.year().title(), details.schoolName())
				: message("roadmap.file.municipal", details.year().title());
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	// ---------------------------------------------------------------- import

	@GetMapping("/roadmaps/{id}/import")
	String importPage(@PathVariable Long id, Model model) {
		this.roadMaps.checkImport(id);
		model.addAttribute("rm", this.roadMaps.ref(id));
		return "roadmap/import";
	}

	@GetMapping("/roadmaps/{id}/import/template.xlsx")
	ResponseEntity<byte[]> importTemplate(@PathVariable Long id) {
		this.roadMaps.checkImport(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(message("roadmap.file.template") + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(this.roadMaps.importTemplate());
	}

	@PostMapping("/roadmaps/{id}/import")
	String importXlsx(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		this.roadMaps.checkImport(id);
		RoadMapImport.Result result;
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			result = this.roadMaps.importXlsx(id, in);
		}
		if (result.ok()) {
			FlashMessage.success(redirect, "roadmap.import.done", result.rows().size());
			return "redirect:/roadmaps/" + id;
		}
		response.setStatus(422);
		model.addAttribute("rm", this.roadMaps.ref(id));
		model.addAttribute("importErrors", result.errors());
		return "roadmap/import";
	}

	@GetMapping("/roadmaps/{id}/print.pdf")
	ResponseEntity<byte[]> print(@PathVariable Long id) {
		RoadMapDetails details = this.roadMaps.details(id);
		String name = fileName(details) + ".pdf";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.print(details));
	}

	// ---------------------------------------------------------------- rows

	@GetMapping("/roadmaps/{id}/items/{itemId}")
	String row(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		return row(id, itemId, model, null);
	}

	@GetMapping("/roadmaps/{id}/items/{itemId}/edit")
	String editRow(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String field, Model model) {
		ItemField f = field(field);
		RoadMapRef ref = this.roadMaps.ref(id);
		if (!ref.editable()) {
			throw new AccessDeniedException("Road map " + id + " is read-only");
		}
		ItemView item = this.roadMaps.item(id, itemId);
		model.addAttribute("editField", f);
		model.addAttribute("editValue", item.value(f));
		model.addAttribute("editReason", item.postponeReason());
		model.addAttribute("editVersion", item.version());
		return row(id, itemId, model, ref);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/cell")
	String saveCell(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String field,
			@RequestParam(required = false) String value, @RequestParam(required = false) String reason,
			@RequestParam long version, Model model, HttpServletResponse response) {
		ItemField f = field(field);
		try {
			this.roadMaps.editCell(id, itemId, f, value, reason, version);
			model.addAttribute("focusField", f);
			return row(id, itemId, model, null);
		}
		catch (CellConflictException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflictField", f);
			model.addAttribute("conflictMine", value);
			model.addAttribute("conflictReason", reason);
			return row(id, itemId, model, null);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("editField", f);
			model.addAttribute("editValue", value);
			model.addAttribute("editReason", reason);
			model.addAttribute("editVersion", version);
			model.addAttribute("editError", ex.getMessageKey());
			return row(id, itemId, model, null);
		}
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/items")
	String add(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam(required = false) Long after,
			Model model) {
		Long itemId = this.roadMaps.addItem(id, sectionId, after);
		model.addAttribute("newItemId", itemId);
		return table(id, model);
	}

	/**
	 * A row dropped into a section before another row (or at the section's end).
	 */
	@PostMapping("/roadmaps/{id}/items/{itemId}/moveto")
	String moveTo(@PathVariable Long id, @PathVariable Long itemId, @RequestParam Long section,
			@RequestParam(required = false) Long before, Model model) {
		this.roadMaps.moveTo(id, itemId, section, before);
		return table(id, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/move")
	String move(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String dir, Model model) {
		this.roadMaps.move(id, itemId, "up".equals(dir));
		model.addAttribute("focusMove", itemId + "-" + dir);
		return table(id, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/delete")
	String delete(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		this.roadMaps.delete(id, itemId);
		return table(id, model);
	}

	@PostMapping("/roadmaps/{id}/undo")
	String undo(@PathVariable Long id, Model model) {
		this.roadMaps.undoDelete(id).ifPresent((itemId) -> model.addAttribute("newItemId", itemId));
		return table(id, model);
	}

	// ---------------------------------------------------------------- sections

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/plan")
	String plan(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam long version,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String tasks, Model model,
			HttpServletResponse response) {
		try {
			this.roadMaps.planSection(id, sectionId, version, goal, tasks);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			sectionError(model, sectionId, "roadmap.section.conflict");
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			sectionError(model, sectionId, ex.getMessageKey());
		}
		return table(id, model);
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/review")
	String review(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam long version,
			@RequestParam(required = false) Rag rag, @RequestParam(required = false) String explanation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReview,
			Model model, HttpServletResponse response) {
		try {
			this.roadMaps.reviewSection(id, sectionId, version, rag, explanation, nextReview);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			sectionError(model, sectionId, "roadmap.section.conflict");
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			sectionError(model, sectionId, ex.getMessageKey());
			model.addAttribute("reviewExplanation", explanation);
		}
		return table(id, model);
	}

	@GetMapping("/roadmaps/{id}/sections/{sectionId}/templates")
	String templates(@PathVariable Long id, @PathVariable Long sectionId, Model model) {
		model.addAttribute("rm", this.roadMaps.ref(id));
		model.addAttribute("sectionId", sectionId);
		model.addAttribute("templates", this.roadMaps.templatesFor(id, sectionId));
		return FRAGMENTS + " :: templates";
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/template")
	String saveAsTemplate(@PathVariable Long id, @PathVariable Long sectionId, Model model,
			HttpServletResponse response) {
		try {
			this.roadMaps.saveAsTemplate(id, sectionId);
			model.addAttribute("sectionNoticeId", sectionId);
			model.addAttribute("sectionNotice", "roadmap.template.saved");
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			sectionError(model, sectionId, ex.getMessageKey());
		}
		return table(id, model);
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/apply")
	String applyTemplate(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam Long template,
			Model model) {
		int added = this.roadMaps.applyTemplate(id, sectionId, template);
		model.addAttribute("sectionNoticeId", sectionId);
		model.addAttribute("sectionNotice", "roadmap.template.applied");
		model.addAttribute("sectionNoticeArg", added);
		return table(id, model);
	}

	// ---------------------------------------------------------------- evidence and
	// comments

	@GetMapping("/roadmaps/{id}/items/{itemId}/details")
	String details(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		model.addAttribute("measure", this.roadMaps.measure(id, itemId));
		model.addAttribute("colspan", this.roadMaps.ref(id).fields().size() + 2);
		return FRAGMENTS + " :: measure";
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/links")
	String addLink(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String label,
			@RequestParam(required = false) String url, Model model, HttpServletResponse response) {
		try {
			this.roadMaps.addLink(id, itemId, label, url);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("measureError", ex.getMessageKey());
		}
		return details(id, itemId, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/files")
	String addFile(@PathVariable Long id, @PathVariable Long itemId, @RequestParam("file") MultipartFile file,
			Model model, HttpServletResponse response) {
		try (InputStream in = file.getInputStream()) {
			this.roadMaps.addFile(id, itemId, file.getOriginalFilename(), in);
		}
		catch (FileRejectedException ex) {
			response.setStatus(422);
			model.addAttribute("measureError", ex.getMessageKey());
			model.addAttribute("measureErrorArg", ex.getArgument());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return details(id, itemId, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/comments")
	String comment(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String body,
			Model model, HttpServletResponse response) {
		try {
			this.roadMaps.comment(id, itemId, body);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("measureError", ex.getMessageKey());
		}
		return details(id, itemId, model);
	}

	@GetMapping("/roadmaps/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable Long id, @PathVariable Long evidenceId) throws IOException {
		return FileDownloads.attachment(this.roadMaps.evidenceFile(id, evidenceId),
				this.roadMaps.openEvidence(id, evidenceId));
	}

	// ---------------------------------------------------------------- internals

	private String row(Long id, Long itemId, Model model, RoadMapRef known) {
		RoadMapRef ref = (known != null) ? known : this.roadMaps.ref(id);
		model.addAttribute("rm", ref);
		model.addAttribute("item", this.roadMaps.item(id, itemId));
		return FRAGMENTS + " :: row";
	}

	private static void sectionError(Model model, Long sectionId, String key) {
		model.addAttribute("sectionErrorId", sectionId);
		model.addAttribute("sectionError", key);
	}

	private static ItemField field(String param) {
		return ItemField.fromParam(param).orElseThrow(() -> new RoadMapNotFoundException("field " + param));
	}

}
