package ru.opora.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import ru.opora.common.PagedResult;
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

	/** Participants per page of the participants table. */
	static final int PARTICIPANTS_PAGE = 50;

	/** Matches the participant picker shows. */
	static final int CANDIDATES = 20;

	private static final int MAX_QUERY = 100;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final Clock clock;

	private final MessageSource messages;

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
	String detail(@PathVariable Long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, CurrentUser user, HttpServletRequest request, Model model) {
		ProgrammeService.YearPage shown = this.programmes.yearPage(id, query(q), CANDIDATES + 1);
		ProgrammeYearSummary year = shown.year();
		ProgrammeForm form = new ProgrammeForm();
		form.setYear(year.year());
		form.setTitle(year.title());
		form.setDocumentsDue(year.documentsDue());
		form.setVersion(year.version());
		return showDetail(shown, form, q, page, user, request, model);
	}

	/**
	 * The picker's matches while the coordinator types (HTMX); the page itself answers
	 * the same search without JavaScript.
	 */
	@GetMapping("/{id}/candidates")
	String candidates(@PathVariable Long id, @RequestParam(required = false) String q, CurrentUser user,
			HttpServletRequest request, Model model) {
		ProgrammeYearSummary year = this.programmes.year(id);
		boolean editable = isEditable(year, user);
		addCandidates(year,
				editable ? this.schools.findSchoolOptions(year.municipalityId(), query(q), CANDIDATES + 1) : List.of(),
				q, request, model);
		return "programmes/detail :: candidates";
	}

	@PostMapping("/{id}/participants")
	String addParticipant(@PathVariable Long id, @RequestParam Long schoolId, @RequestParam(required = false) String q,
			RedirectAttributes redirect) {
		return changeParticipant(id, schoolId, true, q, redirect);
	}

	@PostMapping("/{id}/participants/{schoolId}/remove")
	String removeParticipant(@PathVariable Long id, @PathVariable Long schoolId,
			@RequestParam(required = false) String q, RedirectAttributes redirect) {
		return changeParticipant(id, schoolId, false, q, redirect);
	}

	private String changeParticipant(Long id, Long schoolId, boolean add, String q, RedirectAttributes redirect) {
		try {
			if (add) {
				this.programmes.addParticipant(id, schoolId);
			}
			else {
				this.programmes.removeParticipant(id, schoolId);
			}
			FlashMessage.success(redirect,
					add ? "programmes.detail.participantAdded" : "programmes.detail.participantRemoved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q.trim());
		}
		return "redirect:/programmes/" + id;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			CurrentUser user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ProgrammeYearSummary year = this.programmes.year(id);
		if (result.hasFieldErrors("documentsDue")) {
			return showDetail(this.programmes.yearPage(id, null, CANDIDATES + 1), form, null, null, user, request,
					model);
		}
		// the participants are changed one by one with the picker; this form keeps them
		this.programmes.update(id, form.getVersion(), form.getDocumentsDue(), new HashSet<>(year.participantIds()));
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

	private String showDetail(ProgrammeService.YearPage shown, ProgrammeForm form, String q, Integer page,
			CurrentUser user, HttpServletRequest request, Model model) {
		ProgrammeYearSummary year = shown.year();
		boolean manageable = user.is(Role.COORDINATOR) && year.municipalityId().equals(user.municipalityId());
		boolean editable = shown.editable();
		addCandidates(year, shown.candidates(), q, request, model);
		model.addAttribute("programme", year);
		model.addAttribute("form", form);
		model.addAttribute("editable", editable);
		model.addAttribute("manageable", manageable);
		// names only (one query), a page of them: a municipality may have hundreds of
		// participants
		List<SchoolOption> participants = shown.participantNames()
			.entrySet()
			.stream()
			.map((e) -> new SchoolOption(e.getKey(), e.getValue(), year.municipalityId()))
			.toList();
		PagedResult<SchoolOption> rows = PagedResult.slice(participants, page, PARTICIPANTS_PAGE);
		model.addAttribute("participants", rows);
		model.addAttribute("participantRows", ParticipantRows.html(rows.content(), year.id(), editable,
				request.getContextPath(), this.messages, LocaleContextHolder.getLocale()));
		return "programmes/detail";
	}

	/** Whether the user may change the year's participants. */
	private static boolean isEditable(ProgrammeYearSummary year, CurrentUser user) {
		return user.is(Role.COORDINATOR) && year.municipalityId().equals(user.municipalityId()) && !year.closed();
	}

	/** The picker's search, cut to {@link #MAX_QUERY} characters. */
	private static String query(String q) {
		return (q != null && q.length() > MAX_QUERY) ? q.substring(0, MAX_QUERY) : q;
	}

	/**
	 * The picker's matches (at most {@link #CANDIDATES} shown of the
	 * {@code CANDIDATES + 1} found: one more tells that there are more).
	 */
	private void addCandidates(ProgrammeYearSummary year, List<SchoolOption> candidates, String q,
			HttpServletRequest request, Model model) {
		String query = query(q);
		model.addAttribute("programme", year);
		model.addAttribute("q", (query != null) ? query.trim() : "");
		List<SchoolOption> shown = candidates.subList(0, Math.min(CANDIDATES, candidates.size()));
		model.addAttribute("candidates", shown);
		model.addAttribute("candidateItems", ParticipantRows.candidates(shown, year, request.getContextPath(),
				this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("moreCandidates", candidates.size() > CANDIDATES);
	}

}
