package ru.opora.analysis;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.NotFoundException;
import ru.opora.web.FlashMessage;

/**
 * «Правила классификации» of the administrator: the default rule and each region's own.
 */
@Controller
@RequestMapping("/admin/analysis/rules")
@RequiredArgsConstructor
class RuleController {

	static final String DEFAULT = "default";

	private final ClassificationRuleService rules;

	/**
	 * Decimals typed the Russian way («12,5») bind too.
	 */
	@InitBinder
	void decimals(WebDataBinder binder) {
		binder.registerCustomEditor(java.math.BigDecimal.class, new DecimalEditor());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", this.rules.overview());
		return "analysis/rules";
	}

	@GetMapping("/{key}/edit")
	String edit(@PathVariable String key, Model model) {
		RuleSummary rule = this.rules.rule(regionId(key));
		return show(rule, RuleForm.of(rule), model);
	}

	@PostMapping("/{key}")
	String save(@PathVariable String key, @Valid @ModelAttribute("form") RuleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RuleSummary rule = this.rules.rule(regionId(key));
		if (!result.hasErrors() && !form.hasShareWeight()) {
			result.reject("analysis.rules.noShareWeight");
		}
		if (result.hasErrors()) {
			return show(rule, form, model);
		}
		int changed = this.rules.update(rule.regionId(), form.getVersion(), form.toParameters());
		FlashMessage.success(redirect, "analysis.rules.saved", changed);
		return "redirect:/admin/analysis/rules";
	}

	@PostMapping("/{key}/reset")
	String reset(@PathVariable String key, RedirectAttributes redirect) {
		Long regionId = regionId(key);
		if (regionId == null) {
			throw new NotFoundException("error.notFound.page", key);
		}
		this.rules.resetToDefault(regionId);
		FlashMessage.success(redirect, "analysis.rules.reset");
		return "redirect:/admin/analysis/rules";
	}

	private String show(RuleSummary rule, RuleForm form, Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("key", (rule.regionId() != null) ? rule.regionId().toString() : DEFAULT);
		model.addAttribute("form", form);
		return "analysis/rule-form";
	}

	static Long regionId(String key) {
		if (DEFAULT.equals(key)) {
			return null;
		}
		if (!key.matches("\\d{1,18}")) {
			throw new NotFoundException("error.notFound.page", key);
		}
		return Long.valueOf(key);
	}

}
