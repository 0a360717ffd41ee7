package ru.opora.riskprofile;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		model.addAttribute("base", base());
		model.addAttribute("maxCodes", SurveyCodes.MAX_ISSUE);
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

	/**
	 * Issues one-time respondent codes for a group and shows them once, to print.
	 */
	@PostMapping("/programmes/{yearId}/schools/{schoolId}/survey/{group}/codes")
	String issueCodes(@PathVariable Long yearId, @PathVariable Long schoolId, @PathVariable RespondentGroup group,
			@RequestParam(required = false) Integer count, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			SurveyService.IssuedCodes issued = this.surveys.issueCodes(yearId, schoolId, group,
					(count != null) ? count : 0);
			// shown once: never kept by a cache
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("issued", issued);
			model.addAttribute("link", base() + issued.token());
			model.addAttribute("yearId", yearId);
			model.addAttribute("schoolId", schoolId);
			return "riskprofile/survey-codes";
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), SurveyCodes.MAX_ISSUE);
			return redirect(yearId, schoolId);
		}
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/survey/{group}/codes/stop")
	String stopCodes(@PathVariable Long yearId, @PathVariable Long schoolId, @PathVariable RespondentGroup group,
			RedirectAttributes redirect) {
		this.surveys.stopCodes(yearId, schoolId, group);
		FlashMessage.success(redirect, "survey.codes.stopped");
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

	private String base() {
		return this.baseUrl.replaceAll("/+$", "") + "/survey/";
	}

	private static String redirect(Long yearId, Long schoolId) {
		return "redirect:/programmes/" + yearId + "/schools/" + schoolId + "/survey";
	}

}
