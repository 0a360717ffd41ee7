package ru.opora.roadmap;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

import static ru.opora.roadmap.RoadMapFragments.FRAGMENTS;
import static ru.opora.roadmap.RoadMapFragments.sectionError;

/**
 * Sections (HTMX, answered with the whole table): the sections of newly chosen factors,
 * goal and tasks, the progress review, and templates (save a section as one, apply one).
 */
@Controller
@RequiredArgsConstructor
class RoadMapSectionController {

	private final RoadMapSectionService sections;

	private final RoadMapService roadMaps;

	private final RoadMapFragments fragments;

	/**
	 * Adds the sections of newly chosen risk factors (the offer on the page).
	 */
	@PostMapping("/roadmaps/{id}/sections/missing")
	String addMissingSections(@PathVariable Long id, RedirectAttributes redirect) {
		int added = this.sections.addMissingSections(id);
		FlashMessage.success(redirect, "roadmap.sections.added", added);
		return "redirect:/roadmaps/" + id;
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/plan")
	String plan(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam long version,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String tasks, Model model,
			HttpServletResponse response) {
		try {
			this.sections.planSection(id, sectionId, version, goal, tasks);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			sectionError(model, sectionId, "roadmap.section.conflict");
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			sectionError(model, sectionId, ex.getMessageKey());
		}
		return this.fragments.table(id, model);
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/review")
	String review(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam long version,
			@RequestParam(required = false) Rag rag, @RequestParam(required = false) String explanation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReview,
			Model model, HttpServletResponse response) {
		try {
			this.sections.reviewSection(id, sectionId, version, rag, explanation, nextReview);
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
		return this.fragments.table(id, model);
	}

	@GetMapping("/roadmaps/{id}/sections/{sectionId}/templates")
	String templates(@PathVariable Long id, @PathVariable Long sectionId, Model model) {
		model.addAttribute("rm", this.roadMaps.ref(id));
		model.addAttribute("sectionId", sectionId);
		model.addAttribute("templates", this.sections.templatesFor(id, sectionId));
		return FRAGMENTS + " :: templates";
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/template")
	String saveAsTemplate(@PathVariable Long id, @PathVariable Long sectionId, Model model,
			HttpServletResponse response) {
		try {
			this.sections.saveAsTemplate(id, sectionId);
			model.addAttribute("sectionNoticeId", sectionId);
			model.addAttribute("sectionNotice", "roadmap.template.saved");
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			sectionError(model, sectionId, ex.getMessageKey());
		}
		return this.fragments.table(id, model);
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/apply")
	String applyTemplate(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam Long template,
			Model model) {
		int added = this.sections.applyTemplate(id, sectionId, template);
		model.addAttribute("sectionNoticeId", sectionId);
		model.addAttribute("sectionNotice", "roadmap.template.applied");
		model.addAttribute("sectionNoticeArg", added);
		return this.fragments.table(id, model);
	}

}
