package ru.opora.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

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
import ru.opora.schools.SchoolOption;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * «Программы»: programme years of the municipality and their participant schools.
 */
@Controller
@RequestMapping("/programmes")
@RequiredArgsConstructor
class ProgrammeController {

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final Clock clock;

	@GetMapping
	String list(CurrentUser user, Model model) {
		ProgrammeForm form = new ProgrammeForm();
		int year = LocalDate.now(this.clock).getYear();
		form.setYear(year);
		form.setTitle("500+ " + year);
		form.setDocumentsDue(LocalDate.of(year, 4, 30));
		return showList(form, user, model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(form, user, model);
		}
		try {
			Long id = this.programmes.open(form.getYear(), form.getTitle(), form.getDocumentsDue());
			FlashMessage.success(redirect, "programmes.list.opened", form.getTitle().trim());
			return "redirect:/programmes/" + id;
		}
		catch (RuleViolationException ex) {
			result.rejectValue("title", ex.getMessageKey());
			return showList(form, user, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, CurrentUser user, Model model) {
		ProgrammeYearSummary year = this.programmes.year(id);
		ProgrammeForm form = new ProgrammeForm();
		form.setYear(year.year());
		form.setTitle(year.title());
		form.setDocumentsDue(year.documentsDue());
		form.setParticipantIds(new HashSet<>(year.participantIds()));
		form.setVersion(year.version());
		return showDetail(year, form, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		ProgrammeYearSummary year = this.programmes.year(id);
		if (result.hasFieldErrors("documentsDue")) {
			return showDetail(year, form, user, model);
		}
		this.programmes.update(id, form.getVersion(), form.getDocumentsDue(),
				(form.getParticipantIds() != null) ? form.getParticipantIds() : new HashSet<>());
		FlashMessage.success(redirect, "programmes.detail.saved");
		return "redirect:/programmes/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		return closeOrReopen(id, version, true, redirect);
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		return closeOrReopen(id, version, false, redirect);
	}

	private String closeOrReopen(Long id, long version, boolean close, RedirectAttributes redirect) {
		try {
			if (close) {
				this.programmes.close(id, version);
			}
			else {
				this.programmes.reopen(id, version);
			}
			FlashMessage.success(redirect, close ? "programmes.close.done" : "programmes.reopen.done");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/programmes/" + id;
	}

	private String showList(ProgrammeForm form, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("years", this.programmes.visibleYears());
		model.addAttribute("canOpen", user.is(Role.COORDINATOR));
		return "programmes/list";
	}

	private String showDetail(ProgrammeYearSummary year, ProgrammeForm form, CurrentUser user, Model model) {
		boolean manageable = user.is(Role.COORDINATOR) && year.municipalityId().equals(user.municipalityId());
		boolean editable = manageable && !year.closed();
		List<SchoolOption> candidates = editable ? this.schools.schoolOptions(year.municipalityId()) : List.of();
		model.addAttribute("programme", year);
		model.addAttribute("form", form);
		model.addAttribute("editable", editable);
		model.addAttribute("manageable", manageable);
		model.addAttribute("candidates", candidates);
		model.addAttribute("participants", this.schools.visibleSchools(year.participantIds()));
		return "programmes/detail";
	}

}
