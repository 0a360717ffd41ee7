package ru.opora.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.PagedResult;
import ru.opora.schools.SchoolOption;
import ru.opora.users.PersonSummary;
import ru.opora.web.FlashMessage;

/**
 * The coordinator's «Кураторы» page, and the curators block of a school card.
 */
@Controller
@RequiredArgsConstructor
class AssignmentController {

	private final CuratorAssignmentService assignments;

	private final Clock clock;

	private final MessageSource messages;

	/** Assignments per page of the table. */
	static final int PAGE_SIZE = 50;

	/** Schools the picker's drop-down offers at once. */
	static final int SCHOOL_OPTIONS = 30;

	private static final int MAX_QUERY = 100;

	@GetMapping("/assignments")
	String page(@RequestParam(required = false) String schoolQ, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		AssignmentForm form = new AssignmentForm();
		form.setStartsOn(LocalDate.now(this.clock));
		return show(form, schoolQ, page, request, model);
	}

	/**
	 * The school drop-down for what the coordinator typed (HTMX); the page answers the
	 * same search without JavaScript.
	 */
	@GetMapping("/assignments/schools")
	String schoolOptions(@RequestParam(required = false) String schoolQ, @RequestParam(required = false) Long schoolId,
			Model model) {
		AssignmentForm form = new AssignmentForm();
		form.setSchoolId(schoolId);
		model.addAttribute("form", form);
		addSchools(schoolQ, schoolId, model);
		return "mentoring/assignments :: schoolSelect";
	}

	@PostMapping("/assignments")
	String assign(@Valid @ModelAttribute("form") AssignmentForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, null, null, request, model);
		}
		try {
			this.assignments.assign(form.getCuratorId(), form.getSchoolId(), form.getStartsOn());
		}
		catch (IllegalAssignmentChangeException ex) {
			result.reject(ex.getMessageKey());
			return show(form, null, null, request, model);
		}
		FlashMessage.success(redirect, "mentoring.assignments.assigned");
		return "redirect:/assignments";
	}

	@PostMapping("/assignments/{id}/end")
	String end(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			RedirectAttributes redirect) {
		try {
			this.assignments.end(id, (endsOn != null) ? endsOn : LocalDate.now(this.clock));
			FlashMessage.success(redirect, "mentoring.assignments.ended");
		}
		catch (IllegalAssignmentChangeException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/assignments";
	}

	@GetMapping("/schools/{schoolId}/curators")
	String schoolCurators(@PathVariable Long schoolId, Model model) {
		model.addAttribute("assignments", this.assignments.schoolAssignments(schoolId));
		return "mentoring/school-curators :: curators";
	}

	private String show(AssignmentForm form, String schoolQ, Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("form", form);
		// a municipality may have hundreds of assignments and a thousand schools: a page
		// of the table, and a drop-down of the schools matching the picker's search
		PagedResult<AssignmentView> result = this.assignments.municipalityAssignments(page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rowsHtml", AssignmentRows.html(result.content(), request.getContextPath(), this.messages,
				LocaleContextHolder.getLocale()));
		List<PersonSummary> curators = this.assignments.availableCurators();
		model.addAttribute("curators", curators);
		model.addAttribute("curatorOptions",
				AssignmentRows.options(curators, PersonSummary::id, PersonSummary::fullName, form.getCuratorId()));
		addSchools(schoolQ, form.getSchoolId(), model);
		return "mentoring/assignments";
	}

	private void addSchools(String schoolQ, Long selected, Model model) {
		String query = (schoolQ != null && schoolQ.length() > MAX_QUERY) ? schoolQ.substring(0, MAX_QUERY) : schoolQ;
		List<SchoolOption> schools = this.assignments.assignableSchools(query, SCHOOL_OPTIONS + 1);
		model.addAttribute("schoolQ", (query != null) ? query.trim() : "");
		List<SchoolOption> shown = schools.subList(0, Math.min(SCHOOL_OPTIONS, schools.size()));
		model.addAttribute("schools", shown);
		model.addAttribute("schoolOptions",
				AssignmentRows.options(shown, SchoolOption::id, SchoolOption::shortName, selected));
		model.addAttribute("moreSchools", schools.size() > SCHOOL_OPTIONS);
	}

}
