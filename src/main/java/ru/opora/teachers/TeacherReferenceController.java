package ru.opora.teachers;

import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

/**
 * «Справочники педагогов» for the administrator: competence areas and the regions'
 * risk-group rules.
 */
@Controller
@RequestMapping("/admin/teachers")
@RequiredArgsConstructor
class TeacherReferenceController {

	private final TeacherReferenceService reference;

	@GetMapping
	String page(Model model) {
		model.addAttribute("areas", this.reference.areas());
		model.addAttribute("rules", this.reference.regionRules());
		model.addAttribute("levels", ExternalLevel.values());
		return "teachers/reference";
	}

	@PostMapping("/areas")
	String addArea(@RequestParam(required = false) String name, @RequestParam(required = false) Integer position,
			RedirectAttributes redirect) {
		try {
			this.reference.addArea(name, position);
			FlashMessage.success(redirect, "teachers.areas.added");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			redirect.addFlashAttribute("newName", name);
		}
		return "redirect:/admin/teachers";
	}

	@PostMapping("/areas/{id}")
	String changeArea(@PathVariable Long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer position,
			@RequestParam(name = "active", defaultValue = "false") boolean active, RedirectAttributes redirect) {
		try {
			this.reference.changeArea(id, name, position, active);
			FlashMessage.success(redirect, "teachers.areas.saved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/admin/teachers";
	}

	@PostMapping("/rules/{regionId}")
	String saveRule(@PathVariable Long regionId, @RequestParam(required = false) String areaThreshold,
			@RequestParam(required = false) String externalThreshold,
			@RequestParam(name = "levels", required = false) Set<ExternalLevel> levels, RedirectAttributes redirect) {
		try {
			this.reference.saveRule(regionId, areaThreshold, externalThreshold, levels);
			FlashMessage.success(redirect, "teachers.rule.saved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/admin/teachers";
	}

}
