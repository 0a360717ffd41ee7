package ru.opora.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolService;
import ru.opora.web.FlashMessage;

import static ru.opora.roadmap.RoadMapFragments.FRAGMENTS;

/**
 * Road-map pages: finding and creating a road map, its page, table and history, and its
 * XLSX and PDF. The HTMX fragments of editing live in {@link RoadMapRowController},
 * {@link RoadMapSectionController} and {@link RoadMapEvidenceController}.
 */
@Controller
@RequiredArgsConstructor
class RoadMapController {

	private final RoadMapService roadMaps;

	private final RoadMapFragments fragments;

	private final RoadMapXlsx xlsx;

	private final RoadMapPdf pdf;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final MessageSource messages;

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
					.collect(Collectors.toMap(ProgrammeYearSummary::id,
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

	@GetMapping("/roadmaps/{id}")
	String page(@PathVariable Long id, Model model) {
		return this.fragments.page(id, model);
	}

	@GetMapping("/roadmaps/{id}/table")
	String table(@PathVariable Long id, Model model) {
		return this.fragments.table(id, model);
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
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
