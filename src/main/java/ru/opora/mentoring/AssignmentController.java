package ru.opora.mentoring;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.web.FlashMessage;

/**
 * The coordinator's «Кураторы» page, and the curators block of a school card.
 */
@Controller
@RequiredArgsConstructor
class AssignmentController {

	private final CuratorAssignmentService assignments;

	private final Clock clock;

	@GetMapping("/assignments")
	String page(Model model) {
		AssignmentForm form = new AssignmentForm();
		form.setStartsOn(LocalDate.now(this.clock));
		return show(form, model);
	}

	@PostMapping("/assignments")
	String assign(@Valid @ModelAttribute("form") AssignmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, model);
		}
		try {
			this.assignments.assign(form.getCuratorId(), form.getSchoolId(), form.getStartsOn());
		}
		catch (IllegalAssignmentChangeException ex) {
			result.reject(ex.getMessageKey());
			return show(form, model);
		}
		FlashMessage.success(redirect, "mentoring.assignments.assigned");
		return "redirect:/assignments";
	}

	@PostMapping("/assignments/{id}/end")
	String end(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			RedirectAttributes redirect) {
		try {
			this.assignments.end(id, (endsOn != null) ? endsOn : LocalDate.now(this.clock));
			FlashMessage.success(redirect, "mentoring.assignments.ended");
		}
		catch (IllegalAssignmentChangeException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/assignments";
	}

	@GetMapping("/schools/{schoolId}/curators")
	String schoolCurators(@PathVariable Long schoolId, Model model) {
		model.addAttribute("assignments", this.assignments.schoolAssignments(schoolId));
		return "mentoring/school-curators :: curators";
	}

	private String show(AssignmentForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("assignments", this.assignments.municipalityAssignments());
		model.addAttribute("curators", this.assignments.availableCurators());
		model.addAttribute("schools", this.assignments.assignableSchools());
		return "mentoring/assignments";
	}

}
