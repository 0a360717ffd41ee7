package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * «Анкеты: пороги и вопросы» of the administrator: the settings and the question
 * catalogue of a year.
 */
@Controller
@RequestMapping("/admin/surveys")
@RequiredArgsConstructor
class SurveyAdminController {

	private final SurveyCatalogueService catalogue;

	private final Clock clock;

	@GetMapping
	String page(@RequestParam(required = false) Integer year, Model model) {
		int y = (year != null) ? year : LocalDate.now(this.clock).getYear();
		TreeSet<Integer> years = new TreeSet<>(this.catalogue.versionYears());
		years.add(y);
		years.add(LocalDate.now(this.clock).getYear());
		years.add(LocalDate.now(this.clock).getYear() + 1);
		Integer catalogueYear = this.catalogue.catalogueYearFor(y);
		model.addAttribute("year", y);
		model.addAttribute("years", List.copyOf(years.descendingSet()));
		model.addAttribute("settings", this.catalogue.settingsFor(y));
		model.addAttribute("questions", this.catalogue.catalogueFor(y));
		model.addAttribute("catalogueYear", catalogueYear);
		model.addAttribute("answered", catalogueYear != null && this.catalogue.answered(catalogueYear));
		model.addAttribute("groups", RespondentGroup.values());
		return "riskprofile/survey-admin";
	}

	@PostMapping("/{year}/settings")
	String saveSettings(@PathVariable int year, @RequestParam(required = false) String high,
			@RequestParam(required = false) String medium, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		try {
			Map<RespondentGroup, Integer> minimum = new EnumMap<>(RespondentGroup.class);
			for (RespondentGroup g : RespondentGroup.values()) {
				minimum.put(g, integer(params.get("min" + g.name())));
			}
			this.catalogue.saveSettings(year, decimal(high), decimal(medium), minimum);
			FlashMessage.success(redirect, "survey.admin.settingsSaved", year);
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return back(year);
	}

	@PostMapping("/{year}/version")
	String newVersion(@PathVariable int year, RedirectAttributes redirect) {
		try {
			int copied = this.catalogue.newVersion(year);
			FlashMessage.success(redirect, "survey.admin.versionMade", year, copied);
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return back(year);
	}

	@PostMapping("/{year}/questions/{id}")
	String saveQuestion(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean reverse, @RequestParam(required = false) String weights,
			RedirectAttributes redirect) {
		try {
			this.catalogue.saveQuestion(id, text, reverse, weights(weights));
			FlashMessage.success(redirect, "survey.admin.questionSaved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return back(year);
	}

	@PostMapping("/{year}/questions")
	String addQuestion(@PathVariable int year, @RequestParam RespondentGroup group,
			@RequestParam(required = false) String text, @RequestParam(defaultValue = "false") boolean reverse,
			@RequestParam(required = false) String weights, RedirectAttributes redirect) {
		try {
			Integer catalogueYear = this.catalogue.catalogueYearFor(year);
			if (catalogueYear == null || catalogueYear != year) {
				throw new RuleViolationException("survey.admin.makeVersionFirst");
			}
			this.catalogue.addQuestion(year, group, text, reverse, weights(weights));
			FlashMessage.success(redirect, "survey.admin.questionSaved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return back(year);
	}

	private static String back(int year) {
		return "redirect:/admin/surveys?year=" + year;
	}

	/**
	 * «3=1; 5=0,5»: factor number = weight, separated by semicolons.
	 */
	static Map<Integer, BigDecimal> weights(String text) {
		Map<Integer, BigDecimal> out = new TreeMap<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		for (String pair : text.split(";")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			if (parts.length != 2) {
				throw new RuleViolationException("survey.admin.badWeights");
			}
			Integer factor = integer(parts[0]);
			BigDecimal weight = decimal(parts[1]);
			if (factor == null || weight == null || out.put(factor, weight) != null) {
				throw new RuleViolationException("survey.admin.badWeights");
			}
		}
		return out;
	}

	private static Integer integer(String text) {
		try {
			return (text != null) ? Integer.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return (text != null && !text.isBlank()) ? new BigDecimal(text.strip().replace(',', '.')) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
