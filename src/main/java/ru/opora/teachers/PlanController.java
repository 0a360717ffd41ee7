package ru.opora.teachers;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

/**
 * Individual development plans: created from the teacher card, edited on their own page
 * {@code /plans/{id}}.
 */
@Controller
@RequiredArgsConstructor
class PlanController {

	private final PlanService plans;

	@PostMapping("/teachers/{teacherId}/plans")
	String create(@PathVariable Long teacherId, @RequestParam int year, RedirectAttributes redirect) {
		try {
			Long id = this.plans.create(teacherId, year);
			FlashMessage.success(redirect, "teachers.plan.created");
			return "redirect:/plans/" + id;
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			return "redirect:/teachers/" + teacherId;
		}
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable Long id, Model model) {
		PlanViews.PlanDetails details = this.plans.plan(id);
		return show(details, PlanForm.from(details), new PlanItemForm(), model);
	}

	@PostMapping("/plans/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.plans.update(id, form.getVersion(), form.toCommand());
				FlashMessage.success(redirect, "teachers.plan.saved");
				return "redirect:/plans/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return show(this.plans.plan(id), form, new PlanItemForm(), model);
	}

	@PostMapping("/plans/{id}/status")
	String move(@PathVariable Long id, @RequestParam(name = "action", required = false) String action,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			this.plans.move(id, version, action);
			FlashMessage.success(redirect, "teachers.plan.moved." + action);
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/items")
	String addItem(@PathVariable Long id, @Valid @ModelAttribute("itemForm") PlanItemForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.plans.addItem(id, form.getTitle(), form.getCourseId(), form.getDueOn());
				FlashMessage.success(redirect, "teachers.plan.item.added");
				return "redirect:/plans/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		PlanViews.PlanDetails details = this.plans.plan(id);
		return show(details, PlanForm.from(details), form, model);
	}

	@PostMapping("/plans/{id}/items/{itemId}/done")
	String mark(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(defaultValue = "false") boolean done,
			RedirectAttributes redirect) {
		try {
			this.plans.markItem(id, itemId, done);
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/plans/" + id + "#items";
	}

	@PostMapping("/plans/{id}/items/{itemId}/delete")
	String remove(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
		try {
			this.plans.removeItem(id, itemId);
			FlashMessage.success(redirect, "teachers.plan.item.removed");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/plans/" + id + "#items";
	}

	private String show(PlanViews.PlanDetails details, PlanForm form, PlanItemForm item, Model model) {
		model.addAttribute("p", details);
		model.addAttribute("planForm", form);
		model.addAttribute("itemForm", item);
		return "teachers/plan";
	}

}
