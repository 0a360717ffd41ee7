package ru.opora.riskprofile;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.schools.SchoolService;
import ru.opora.web.FlashMessage;

/**
 * «Анкетирование» of a participant: the links per respondent group (the school and its
 * coordinator open and close them), how many have answered, and the profile computed from
 * the answers.
 */
@Controller
@RequiredArgsConstructor
class SurveyManagementController {

	private final SurveyService surveys;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	@Value("${opora.base-url:http://localhost:8080}")
	private String baseUrl = "http://localhost:8080";

	@GetMapping("/programmes/{yearId}/schools/{schoolId}/survey")
	String page(@PathVariable Long yearId, @PathVariable Long schoolId, Model model) {
		model.addAttribute("links", this.surveys.links(yearId, schoolId));
		model.addAttribute("programme", this.programmes.year(yearId));
		model.addAttribute("school", this.schools.details(schoolId));
		model.addAttribute("canManage", this.surveys.canManage(schoolId));
		model.addAttribute("hasCatalogue", this.surveys.hasCatalogue(yearId));
		// from the configured address, never from the request's Host header
		model.addAttribute("base", this.baseUrl.replaceAll("/+$", "") + "/survey/");
		return "riskprofile/survey-links";
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/survey/{group}/open")
	String open(@PathVariable Long yearId, @PathVariable Long schoolId, @PathVariable RespondentGroup group,
			RedirectAttributes redirect) {
		try {
			this.surveys.open(yearId, schoolId, group);
			FlashMessage.success(redirect, "survey.manage.opened");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return redirect(yearId, schoolId);
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/survey/{group}/close")
	String close(@PathVariable Long yearId, @PathVariable Long schoolId, @PathVariable RespondentGroup group,
			RedirectAttributes redirect) {
		this.surveys.close(yearId, schoolId, group);
		FlashMessage.success(redirect, "survey.manage.closed");
		return redirect(yearId, schoolId);
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/survey/compute")
	String compute(@PathVariable Long yearId, @PathVariable Long schoolId, RedirectAttributes redirect) {
		try {
			this.surveys.computeProfile(yearId, schoolId);
			FlashMessage.success(redirect, "survey.manage.computed");
			return "redirect:/programmes/" + yearId + "/schools/" + schoolId + "/profile";
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			return redirect(yearId, schoolId);
		}
	}

	private static String redirect(Long yearId, Long schoolId) {
		return "redirect:/programmes/" + yearId + "/schools/" + schoolId + "/survey";
	}

}
