package ru.opora.publicsite;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.schools.MunicipalityOption;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * «Публичная страница»: the coordinator's settings of the municipality's public page (the
 * only place in the portal that links to it); the observer reads them.
 */
@Controller
@RequiredArgsConstructor
class PublicSettingsController {

	private final PublicSettingsService settings;

	@GetMapping("/public-settings")
	String show(@RequestParam(required = false) Long municipality, Model model) {
		List<MunicipalityOption> municipalities = this.settings.municipalities();
		CurrentUser user = CurrentUser.require();
		Long id = (municipality != null) ? municipality : user.is(Role.COORDINATOR) ? user.municipalityId()
				: municipalities.stream().map(MunicipalityOption::id).findFirst().orElse(null);
		model.addAttribute("municipalities", municipalities);
		if (id != null) {
			PublicSettings current = this.settings.settings(id);
			model.addAttribute("settings", current);
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", PublicSettingsForm.from(current));
			}
		}
		return "publicsite/settings";
	}

	@PostMapping("/public-settings")
	String save(@ModelAttribute("form") PublicSettingsForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			this.settings.update(form.toCommand());
		}
		catch (RuleViolationException ex) {
			binding.rejectValue("slug", ex.getMessageKey());
			return show(null, model);
		}
		catch (DataIntegrityViolationException ex) {
			// another municipality took the address at the same moment (unique index)
			binding.rejectValue("slug", "publicsite.settings.slugTaken");
			return show(null, model);
		}
		FlashMessage.success(redirect, "publicsite.settings.saved");
		return "redirect:/public-settings";
	}

}
