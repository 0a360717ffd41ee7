package ru.opora.warnings;

import java.util.Arrays;

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

import ru.opora.common.NotFoundException;
import ru.opora.web.FlashMessage;

/**
 * The administrator's early-warning settings per region (thresholds, weights, level
 * scores), audited like the classification rule.
 */
@Controller
@RequestMapping("/admin/warnings")
@RequiredArgsConstructor
class WarningSettingsController {

	private final WarningService warnings;

	@GetMapping
	String list(Model model) {
		model.addAttribute("regions", this.warnings.settingsOverview());
		model.addAttribute("reasons", Arrays.asList(Reason.values()));
		return "warnings/settings";
	}

	@GetMapping("/{regionId}/edit")
	String edit(@PathVariable String regionId, Model model) {
		WarningService.RegionSettings settings = this.warnings.settings(id(regionId));
		return show(settings, WarningSettingsForm.of(settings), model);
	}

	@PostMapping("/{regionId}")
	String save(@PathVariable String regionId, @ModelAttribute("form") WarningSettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		WarningService.RegionSettings settings = this.warnings.settings(id(regionId));
		form.validate(result);
		if (result.hasErrors()) {
			return show(settings, form, model);
		}
		this.warnings.update(settings.regionId(), form.getVersion(), form.toThresholds());
		FlashMessage.success(redirect, "warnings.settings.saved");
		return "redirect:/admin/warnings";
	}

	private String show(WarningService.RegionSettings settings, WarningSettingsForm form, Model model) {
		model.addAttribute("settings", settings);
		model.addAttribute("form", form);
		model.addAttribute("reasons", Arrays.asList(Reason.values()));
		return "warnings/settings-form";
	}

	private static Long id(String key) {
		if (!key.matches("\\d{1,18}")) {
			throw new NotFoundException("error.notFound.page", key);
		}
		return Long.valueOf(key);
	}

}
