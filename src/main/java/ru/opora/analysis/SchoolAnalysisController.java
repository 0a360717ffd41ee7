package ru.opora.analysis;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.schools.SchoolService;
import ru.opora.web.FlashMessage;

/**
 * A school's analysis (every year's classification with its figures and rule), the
 * summary block of the school card, and the social passport form.
 */
@Controller
@RequiredArgsConstructor
class SchoolAnalysisController {

	private final AnalysisService analysis;

	private final SchoolService schools;

	private final Clock clock;

	/**
	 * Decimals typed the Russian way («12,5») bind too.
	 */
	@InitBinder
	void decimals(WebDataBinder binder) {
		binder.registerCustomEditor(java.math.BigDecimal.class, new DecimalEditor());
	}

	@GetMapping("/schools/{id}/analysis")
	String page(@PathVariable Long id, Model model) {
		model.addAttribute("analysis", this.analysis.schoolAnalysis(id));
		model.addAttribute("currentYear", LocalDate.now(this.clock).getYear());
		return "analysis/school";
	}

	/**
	 * The school card's block (HTMX): the latest classification and a link.
	 */
	@GetMapping("/schools/{id}/analysis/summary")
	String summary(@PathVariable Long id, Model model) {
		model.addAttribute("analysis", this.analysis.schoolAnalysis(id));
		return "analysis/school :: summary";
	}

	@GetMapping("/schools/{id}/passport")
	String passportForm(@PathVariable Long id, @RequestParam(required = false) Integer year, Model model) {
		int y = (year != null) ? year : LocalDate.now(this.clock).getYear() - 1;
		PassportView existing = this.analysis.passport(id, y).orElse(null);
		return showForm(id, PassportForm.of(y, existing), model);
	}

	@PostMapping("/schools/{id}/passport")
	String savePassport(@PathVariable Long id, @Valid @ModelAttribute("form") PassportForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(id, form, model);
		}
		this.analysis.savePassport(id, form.getVersion(), form.toCommand());
		FlashMessage.success(redirect, "analysis.passport.saved", form.getYear());
		return "redirect:/schools/" + id + "/analysis";
	}

	private String showForm(Long id, PassportForm form, Model model) {
		this.analysis.checkPassportEditable(id);
		model.addAttribute("school", this.schools.details(id));
		model.addAttribute("form", form);
		return "analysis/passport";
	}

}
