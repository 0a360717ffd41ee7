package ru.opora.network;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

/**
 * The administrator's list of kinds of joint activity.
 */
@Controller
@RequestMapping("/admin/network/kinds")
@RequiredArgsConstructor
class KindController {

	private final ActivityService activities;

	@GetMapping
	String list(Model model) {
		return show(new NetworkForms.KindForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("kindForm") NetworkForms.KindForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.activities.createKind(form.getName(), form.getSortOrder());
				FlashMessage.success(redirect, "network.kinds.created", form.getName().strip());
				return "redirect:/admin/network/kinds";
			}
			catch (RuleViolationException ex) {
				result.rejectValue("name", ex.getMessageKey());
			}
		}
		return show(form, null, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("editForm") NetworkForms.KindForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.activities.updateKind(id, form.getVersion(), form.getName(), form.getSortOrder(), form.isActive());
				FlashMessage.success(redirect, "network.kinds.saved", form.getName().strip());
				return "redirect:/admin/network/kinds";
			}
			catch (RuleViolationException ex) {
				result.rejectValue("name", ex.getMessageKey());
			}
		}
		model.addAttribute("editId", id);
		return show(new NetworkForms.KindForm(), form, model);
	}

	private String show(NetworkForms.KindForm form, NetworkForms.KindForm edit, Model model) {
		model.addAttribute("kinds", this.activities.allKinds());
		model.addAttribute("kindForm", form);
		model.addAttribute("editForm", (edit != null) ? edit : new NetworkForms.KindForm());
		return "network/kinds";
	}

}
