package ru.opora.network;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.opora.common.RuleViolationException;
import ru.opora.riskprofile.AnonymousLinks;
import ru.opora.web.FlashMessage;

/**
 * «Дни образовательных интенсивов» of a network: the list and the planning of days (one
 * or a monthly series), a day with its sessions, topics proposed from the common
 * deficits, registrations of the member schools, attendance, the satisfaction link and
 * its results. A refused form comes back with the input and the reason (status 400).
 */
@Controller
@RequestMapping("/networks/{networkId}/intensives")
@RequiredArgsConstructor
class IntensiveController {

	static final String LIST = "network/intensives/list";

	static final String DAY = "network/intensives/day";

	private final IntensiveService intensives;

	private final NetworkService networks;

	// ---------------------------------------------------------------- days

	@GetMapping
	String list(@PathVariable Long networkId, Model model) {
		NetworkSummary network = this.networks.summary(networkId);
		IntensiveForms.SeriesForm series = new IntensiveForms.SeriesForm();
		series.setStartYear(network.year());
		return list(networkId, model, new IntensiveForms.DayForm(), series);
	}

	@PostMapping
	String plan(@PathVariable Long networkId, @ModelAttribute("dayForm") IntensiveForms.DayForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Long dayId = this.intensives.planDay(networkId, form.toCommand());
			FlashMessage.success(redirect, "network.intensives.day.planned");
			return "redirect:/networks/" + networkId + "/intensives/" + dayId;
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			IntensiveForms.SeriesForm series = new IntensiveForms.SeriesForm();
			series.setStartYear(this.networks.summary(networkId).year());
			return list(networkId, model, form, series);
		}
	}

	@PostMapping("/series")
	String series(@PathVariable Long networkId, @ModelAttribute("seriesForm") IntensiveForms.SeriesForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			int planned = this.intensives.planSeries(networkId, form.toCommand()).size();
			FlashMessage.success(redirect, "network.intensives.series.planned", planned);
			return "redirect:/networks/" + networkId + "/intensives";
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			return list(networkId, model, new IntensiveForms.DayForm(), form);
		}
	}

	private String list(Long networkId, Model model, IntensiveForms.DayForm dayForm,
			IntensiveForms.SeriesForm seriesForm) {
		NetworkSummary network = this.networks.summary(networkId);
		model.addAttribute("network", network);
		model.addAttribute("days", this.intensives.days(networkId));
		// a closed programme year is read only: no edit buttons (the service refuses too)
		model.addAttribute("canManage", this.intensives.canManage(networkId) && !network.closed());
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("seriesForm", seriesForm);
		model.addAttribute("weekdays", DayOfWeek.values());
		return LIST;
	}

	@GetMapping("/{dayId}")
	String day(@PathVariable Long networkId, @PathVariable Long dayId, @RequestParam(required = false) String proposal,
			Model model) {
		IntensiveService.DayView day = this.intensives.day(networkId, dayId);
		IntensiveForms.SessionForm sessionForm = new IntensiveForms.SessionForm();
		if (proposal != null && this.intensives.canManage(networkId)) {
			sessionForm = this.intensives.proposals(networkId)
				.stream()
				.filter((p) -> p.key().equals(proposal))
				.findFirst()
				.map(IntensiveForms.SessionForm::from)
				.orElse(sessionForm);
		}
		return day(networkId, day, model, IntensiveForms.DayForm.from(day), sessionForm);
	}

	@PostMapping("/{dayId}")
	String updateDay(@PathVariable Long networkId, @PathVariable Long dayId,
			@ModelAttribute("dayForm") IntensiveForms.DayForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.intensives.updateDay(networkId, dayId, form.getVersion(), form.toCommand());
			FlashMessage.success(redirect, "network.intensives.day.saved");
			return redirectToDay(networkId, dayId);
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			return day(networkId, this.intensives.day(networkId, dayId), model, form, new IntensiveForms.SessionForm());
		}
	}

	@PostMapping("/{dayId}/status")
	String status(@PathVariable Long networkId, @PathVariable Long dayId, @RequestParam IntensiveDayStatus status,
			RedirectAttributes redirect) {
		try {
			this.intensives.setStatus(networkId, dayId, status);
			FlashMessage.success(redirect, "network.intensives.day.saved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return redirectToDay(networkId, dayId);
	}

	private String day(Long networkId, IntensiveService.DayView day, Model model, IntensiveForms.DayForm dayForm,
			IntensiveForms.SessionForm sessionForm) {
		NetworkSummary network = this.networks.summary(networkId);
		boolean canManage = this.intensives.canManage(networkId) && !network.closed();
		model.addAttribute("network", network);
		model.addAttribute("day", day);
		model.addAttribute("canManage", canManage);
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("sessionForm", sessionForm);
		model.addAttribute("groups", ParticipantGroup.values());
		model.addAttribute("schools", this.intensives.registeringSchools(networkId));
		model.addAttribute("registrations", this.intensives.registrations(networkId, day.id()));
		model.addAttribute("proposals", canManage ? this.intensives.proposals(networkId) : List.of());
		model.addAttribute("threshold", this.intensives.subjectThreshold());
		model.addAttribute("surveyUrl",
				(day.surveyToken() != null && canManage) ? ServletUriComponentsBuilder.fromCurrentContextPath()
					.path(AnonymousLinks.PUBLIC_PATH + "intensive/" + day.surveyToken())
					.toUriString() : null);
		return DAY;
	}

	// ---------------------------------------------------------------- sessions

	@PostMapping("/{dayId}/sessions")
	String addSession(@PathVariable Long networkId, @PathVariable Long dayId,
			@ModelAttribute("sessionForm") IntensiveForms.SessionForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.intensives.addSession(networkId, dayId, form.toCommand());
			FlashMessage.success(redirect, "network.intensives.session.saved");
			return redirectToDay(networkId, dayId);
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			IntensiveService.DayView day = this.intensives.day(networkId, dayId);
			return day(networkId, day, model, IntensiveForms.DayForm.from(day), form);
		}
	}

	@GetMapping("/{dayId}/sessions/{sessionId}")
	String session(@PathVariable Long networkId, @PathVariable Long dayId, @PathVariable Long sessionId, Model model) {
		IntensiveService.DayView day = this.intensives.day(networkId, dayId);
		IntensiveService.SessionView session = session(day, sessionId);
		if (!this.intensives.canManage(networkId)) {
			throw new org.springframework.security.access.AccessDeniedException("Only the coordinator edits");
		}
		return session(networkId, day, session, IntensiveForms.SessionForm.from(session), model);
	}

	@PostMapping("/{dayId}/sessions/{sessionId}")
	String updateSession(@PathVariable Long networkId, @PathVariable Long dayId, @PathVariable Long sessionId,
			@ModelAttribute("sessionForm") IntensiveForms.SessionForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.intensives.updateSession(networkId, dayId, sessionId, form.getVersion(), form.toCommand());
			FlashMessage.success(redirect, "network.intensives.session.saved");
			return redirectToDay(networkId, dayId);
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			IntensiveService.DayView day = this.intensives.day(networkId, dayId);
			return session(networkId, day, session(day, sessionId), form, model);
		}
	}

	@PostMapping("/{dayId}/sessions/{sessionId}/delete")
	String deleteSession(@PathVariable Long networkId, @PathVariable Long dayId, @PathVariable Long sessionId,
			RedirectAttributes redirect) {
		this.intensives.deleteSession(networkId, dayId, sessionId);
		FlashMessage.success(redirect, "network.intensives.session.deleted");
		return redirectToDay(networkId, dayId);
	}

	private String session(Long networkId, IntensiveService.DayView day, IntensiveService.SessionView session,
			IntensiveForms.SessionForm form, Model model) {
		model.addAttribute("network", this.networks.summary(networkId));
		model.addAttribute("day", day);
		model.addAttribute("item", session);
		model.addAttribute("sessionForm", form);
		model.addAttribute("groups", ParticipantGroup.values());
		model.addAttribute("schools", this.intensives.registeringSchools(networkId));
		return "network/intensives/session";
	}

	// ---------------------------------------------------------------- registration

	@GetMapping("/{dayId}/sessions/{sessionId}/register")
	String registration(@PathVariable Long networkId, @PathVariable Long dayId, @PathVariable Long sessionId,
			@RequestParam(required = false) Long school, Model model) {
		IntensiveService.DayView day = this.intensives.day(networkId, dayId);
		Map<Long, String> schools = this.intensives.registeringSchools(networkId);
		Long schoolId = (school != null) ? school : schools.keySet().stream().findFirst().orElse(null);
		IntensiveForms.RegistrationForm form = new IntensiveForms.RegistrationForm();
		form.setSchoolId(schoolId);
		if (schoolId != null) {
			form = this.intensives.registration(networkId, dayId, sessionId, schoolId)
				.map(IntensiveForms.RegistrationForm::from)
				.orElse(form);
		}
		return registration(networkId, day, session(day, sessionId), schools, form, model);
	}

	@PostMapping("/{dayId}/sessions/{sessionId}/register")
	String register(@PathVariable Long networkId, @PathVariable Long dayId, @PathVariable Long sessionId,
			@ModelAttribute("registrationForm") IntensiveForms.RegistrationForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.intensives.register(networkId, dayId, sessionId, form.toCommand());
			FlashMessage.success(redirect, "network.intensives.register.saved");
			return redirectToDay(networkId, dayId);
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			IntensiveService.DayView day = this.intensives.day(networkId, dayId);
			return registration(networkId, day, session(day, sessionId), this.intensives.registeringSchools(networkId),
					form, model);
		}
	}

	private String registration(Long networkId, IntensiveService.DayView day, IntensiveService.SessionView session,
			Map<Long, String> schools, IntensiveForms.RegistrationForm form, Model model) {
		model.addAttribute("network", this.networks.summary(networkId));
		model.addAttribute("day", day);
		model.addAttribute("item", session);
		model.addAttribute("schools", schools);
		model.addAttribute("registrationForm", form);
		model.addAttribute("maxPerGroup", this.intensives.maxPerGroup());
		return "network/intensives/register";
	}

	// ---------------------------------------------------------------- attendance

	@GetMapping("/{dayId}/attendance")
	String attendance(@PathVariable Long networkId, @PathVariable Long dayId, Model model) {
		if (!this.intensives.canManage(networkId)) {
			this.intensives.day(networkId, dayId);
			throw new org.springframework.security.access.AccessDeniedException("Only the coordinator");
		}
		return attendance(networkId, dayId, model, Map.of());
	}

	/**
	 * Attendance as {@code a_<session>_<school>_<GROUP>} numbers, one row per registered
	 * school (blank = 0).
	 */
	@PostMapping("/{dayId}/attendance")
	String recordAttendance(@PathVariable Long networkId, @PathVariable Long dayId,
			@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Map<Long, Map<Long, int[]>> raw = new HashMap<>();
			for (var e : params.entrySet()) {
				String[] parts = e.getKey().split("_");
				if (parts.length != 4 || !"a".equals(parts[0]) || !parts[1].matches("\\d{1,18}")
						|| !parts[2].matches("\\d{1,18}")) {
					continue;
				}
				ParticipantGroup group;
				try {
					group = ParticipantGroup.valueOf(parts[3]);
				}
				catch (IllegalArgumentException ex) {
					continue;
				}
				int n = IntensiveForms.count(e.getValue());
				if (n < 0) {
					throw new RuleViolationException("network.intensives.register.negative");
				}
				if (n > this.intensives.maxPerGroup()) {
					throw new RuleViolationException("network.intensives.register.tooMany");
				}
				raw.computeIfAbsent(Long.valueOf(parts[1]), (k) -> new HashMap<>())
					.computeIfAbsent(Long.valueOf(parts[2]), (k) -> new int[4])[group.ordinal()] = n;
			}
			Map<Long, Map<Long, Participants>> attended = new HashMap<>();
			raw.forEach((session, bySchool) -> bySchool
				.forEach((school, n) -> attended.computeIfAbsent(session, (k) -> new HashMap<>())
					.put(school, new Participants(n[0], n[1], n[2], n[3]))));
			this.intensives.recordAttendance(networkId, dayId, attended);
			FlashMessage.success(redirect, "network.intensives.attendance.saved");
			return redirectToDay(networkId, dayId);
		}
		catch (RuleViolationException ex) {
			refused(model, response, ex);
			return attendance(networkId, dayId, model, params);
		}
	}

	private String attendance(Long networkId, Long dayId, Model model, Map<String, String> input) {
		model.addAttribute("network", this.networks.summary(networkId));
		model.addAttribute("day", this.intensives.day(networkId, dayId));
		model.addAttribute("registrations", this.intensives.registrations(networkId, dayId));
		model.addAttribute("groups", ParticipantGroup.values());
		model.addAttribute("input", input);
		return "network/intensives/attendance";
	}

	// ---------------------------------------------------------------- satisfaction

	@PostMapping("/{dayId}/survey/open")
	String openSurvey(@PathVariable Long networkId, @PathVariable Long dayId, RedirectAttributes redirect) {
		try {
			this.intensives.openSurvey(networkId, dayId);
			FlashMessage.success(redirect, "network.intensives.survey.opened");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return redirectToDay(networkId, dayId);
	}

	@PostMapping("/{dayId}/survey/close")
	String closeSurvey(@PathVariable Long networkId, @PathVariable Long dayId, RedirectAttributes redirect) {
		this.intensives.closeSurvey(networkId, dayId);
		FlashMessage.success(redirect, "network.intensives.survey.closed");
		return redirectToDay(networkId, dayId);
	}

	@GetMapping("/{dayId}/results")
	String results(@PathVariable Long networkId, @PathVariable Long dayId, Model model) {
		model.addAttribute("network", this.networks.summary(networkId));
		model.addAttribute("results", this.intensives.results(networkId, dayId));
		return "network/intensives/results";
	}

	// ---------------------------------------------------------------- helpers

	private static IntensiveService.SessionView session(IntensiveService.DayView day, Long sessionId) {
		return day.sessions()
			.stream()
			.filter((s) -> s.id().equals(sessionId))
			.findFirst()
			.orElseThrow(() -> new IntensiveNotFoundException(sessionId));
	}

	private static void refused(Model model, HttpServletResponse response, RuleViolationException ex) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errorKey", ex.getMessageKey());
	}

	private static String redirectToDay(Long networkId, Long dayId) {
		return "redirect:/networks/" + networkId + "/intensives/" + dayId;
	}

}
