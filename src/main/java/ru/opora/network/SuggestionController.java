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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

/**
 * «Подбор пар»: the suggestion with its explained scores, the coordinator's rules (lock,
 * exclude, «не объединять») and the acceptance of the proposal.
 */
@Controller
@RequestMapping("/networks/{id}/suggestion")
@RequiredArgsConstructor
class SuggestionController {

	private final SuggestionService suggestions;

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		return show(id, new NetworkForms.RuleForm(), model);
	}

	/**
	 * Locks or excludes one proposed pair (the buttons in the table).
	 */
	@PostMapping("/pair")
	String pairRule(@PathVariable Long id, @RequestParam RuleKind kind, @RequestParam Long menteeId,
			@RequestParam Long mentorId, RedirectAttributes redirect) {
		try {
			this.suggestions.addRule(id, kind, menteeId, mentorId, null);
			FlashMessage.success(redirect, "network.suggestion.ruleAdded");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/networks/" + id + "/suggestion";
	}

	@PostMapping("/rules")
	String addRule(@PathVariable Long id, @Valid @ModelAttribute("ruleForm") NetworkForms.RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.suggestions.addRule(id, form.getKind(), form.getSchoolId(), form.getOtherSchoolId(),
						form.getNote());
				FlashMessage.success(redirect, "network.suggestion.ruleAdded");
				return "redirect:/networks/" + id + "/suggestion";
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return show(id, form, model);
	}

	@PostMapping("/rules/{ruleId}/delete")
	String removeRule(@PathVariable Long id, @PathVariable Long ruleId, RedirectAttributes redirect) {
		this.suggestions.removeRule(id, ruleId);
		FlashMessage.success(redirect, "network.suggestion.ruleRemoved");
		return "redirect:/networks/" + id + "/suggestion";
	}

	@PostMapping("/accept")
	String accept(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			int n = this.suggestions.accept(id);
			FlashMessage.success(redirect, "network.suggestion.accepted", n);
			return "redirect:/networks/" + id;
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			return "redirect:/networks/" + id + "/suggestion";
		}
	}

	private String show(Long id, NetworkForms.RuleForm form, Model model) {
		model.addAttribute("s", this.suggestions.suggest(id));
		model.addAttribute("ruleForm", form);
		model.addAttribute("ruleKinds", RuleKind.values());
		return "network/suggestion";
	}

}
