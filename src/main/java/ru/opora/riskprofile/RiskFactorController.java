package ru.opora.riskprofile;

import java.util.HashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolService;
import ru.opora.web.FlashMessage;

/**
 * «Факторы риска, с которыми работает школа» in a programme year.
 */
@Controller
@RequiredArgsConstructor
class RiskFactorController {

	private final RiskFactorService factors;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	@GetMapping("/programmes/{yearId}/schools/{schoolId}/factors")
	String page(@PathVariable Long yearId, @PathVariable Long schoolId, Model model) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		model.addAttribute("programme", year);
		model.addAttribute("school", this.schools.details(schoolId));
		model.addAttribute("catalogue", this.factors.catalogueFor(year.year()));
		model.addAttribute("chosenIds",
				this.factors.chosen(yearId, schoolId).stream().map(RiskFactorView::id).toList());
		boolean verified = this.factors.profileVerified(yearId, schoolId);
		model.addAttribute("verified", verified);
		model.addAttribute("canChoose", verified && this.factors.canChoose(schoolId) && year.hasParticipant(schoolId));
		model.addAttribute("maxChosen", this.factors.maxChosen());
		return "riskprofile/factors";
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/factors")
	String choose(@PathVariable Long yearId, @PathVariable Long schoolId,
			@RequestParam(name = "factorIds", required = false) Set<Long> factorIds, RedirectAttributes redirect) {
		try {
			this.factors.choose(yearId, schoolId, (factorIds != null) ? factorIds : new HashSet<>());
			FlashMessage.success(redirect, "riskprofile.factors.saved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), this.factors.maxChosen());
			// the page shows the ticks the user made, not the saved ones
			redirect.addFlashAttribute("submittedFactorIds", (factorIds != null) ? factorIds : Set.of());
		}
		return "redirect:/programmes/" + yearId + "/schools/" + schoolId + "/factors";
	}

}
