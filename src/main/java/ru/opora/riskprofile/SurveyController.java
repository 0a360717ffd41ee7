package ru.opora.riskprofile;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The respondents' questionnaire behind an anonymous link: no account, no personal data,
 * a throttle per client, and pages (not errors) for a closed link, wrong answers and a
 * flood.
 */
@Controller
@RequiredArgsConstructor
class SurveyController {

	/** Answers are sent as q&lt;question id&gt;=1…4; anything more is ignored. */
	static final int MAX_PARAMETERS = 200;

	private final SurveyService surveys;

	private final SurveyThrottle throttle;

	@GetMapping("/survey/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("survey", this.surveys.questionnaire(token));
		model.addAttribute("answers", Map.of());
		return "riskprofile/survey";
	}

	@PostMapping("/survey/{token}")
	String submit(@PathVariable String token, @RequestParam Map<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!SurveyService.isTokenShaped(token)) {
			// refused before the throttle or the database see it
			throw new SurveyService.UnknownLinkException();
		}
		if (!this.throttle.tryAcquire(request.getRemoteAddr() + "|" + token)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "riskprofile/survey-busy";
		}
		Map<Long, Integer> answers = new HashMap<>();
		boolean readable = params.size() <= MAX_PARAMETERS;
		for (var entry : params.entrySet()) {
			if (!readable || !entry.getKey().matches("q\\d{1,18}")) {
				continue;
			}
			Integer value = entry.getValue().matches("[1-4]") ? Integer.valueOf(entry.getValue()) : null;
			if (value == null) {
				readable = false;
				continue;
			}
			answers.put(Long.valueOf(entry.getKey().substring(1)), value);
		}
		SurveyService.Submission result = readable ? this.surveys.submit(token, params.get("code"), answers)
				: SurveyService.Submission.INCOMPLETE;
		if (result == SurveyService.Submission.ACCEPTED) {
			return "riskprofile/survey-thanks";
		}
		response.setStatus((result == SurveyService.Submission.CODE_USED) ? HttpStatus.CONFLICT.value()
				: HttpStatus.BAD_REQUEST.value());
		model.addAttribute("survey", this.surveys.questionnaire(token));
		model.addAttribute("answers", answers);
		model.addAttribute("incomplete", result == SurveyService.Submission.INCOMPLETE);
		String code = params.get("code");
		model.addAttribute("code", (code != null && code.length() <= 40) ? code : null);
		model.addAttribute("codeError", switch (result) {
			case CODE_MISSING -> "survey.form.codeMissing";
			case CODE_UNKNOWN -> "survey.form.codeUnknown";
			case CODE_USED -> "survey.form.codeUsed";
			default -> null;
		});
		return "riskprofile/survey";
	}

	@ExceptionHandler(SurveyService.ClosedLinkException.class)
	String closed(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "riskprofile/survey-closed";
	}

}
