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
		return show(new NetworkForms.KindForm(), model);
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
		return show(form, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("editForm") NetworkForms.KindForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FlashMessage.warning(redirect, "network.kinds.invalid");
			return "redirect:/admin/network/kinds";
		}
		try {
			this.activities.updateKind(id, form.getVersion(), form.getName(), form.getSortOrder(), form.isActive());
			FlashMessage.success(redirect, "network.kinds.saved", form.getName().strip());
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/admin/network/kinds";
	}

	private String show(NetworkForms.KindForm form, Model model) {
		model.addAttribute("kinds", this.activities.allKinds());
		model.addAttribute("kindForm", form);
		return "network/kinds";
	}

}
