package ru.opora.network;

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

import ru.opora.riskprofile.AnonymousLinks;

/**
 * The satisfaction questionnaire of a «День образовательных интенсивов» behind the day's
 * anonymous link, in the questionnaires' public stateless area ({@link AnonymousLinks}):
 * no account, no personal data, the same throttle, and the same pages for a closed link
 * and a flood. Answers: {@code s<session id>} = 1…5 and {@code c<session id>} = comment,
 * for the sessions the respondent attended.
 */
@Controller
@RequiredArgsConstructor
class IntensiveSurveyController {

	static final String PATH = AnonymousLinks.PUBLIC_PATH + "intensive/{token}";

	static final int MAX_PARAMETERS = 100;

	private final IntensiveService intensives;

	private final AnonymousLinks links;

	@GetMapping(PATH)
	String form(@PathVariable String token, Model model) {
		return form(token, model, Map.of(), Map.of(), null);
	}

	@PostMapping(PATH)
	String submit(@PathVariable String token, @RequestParam Map<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!this.links.allow(request.getRemoteAddr(), token)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "riskprofile/survey-busy";
		}
		Map<Long, Integer> scores = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		String error = (params.size() > MAX_PARAMETERS) ? "network.intensives.answer.unknownSession" : null;
		for (var entry : params.entrySet()) {
			if (error != null) {
				break;
			}
			String key = entry.getKey();
			String value = entry.getValue();
			if (key.matches("s\\d{1,18}")) {
				if (value == null || value.isBlank()) {
					continue;
				}
				if (!value.matches("[1-5]")) {
					error = "network.intensives.answer.scale";
					continue;
				}
				scores.put(Long.valueOf(key.substring(1)), Integer.valueOf(value));
			}
			else if (key.matches("c\\d{1,18}") && value != null && !value.isBlank()) {
				comments.put(Long.valueOf(key.substring(1)), value);
			}
		}
		if (error == null) {
			error = this.intensives.submit(token, scores, comments);
		}
		if (error == null) {
			return "riskprofile/survey-thanks";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(token, model, scores, comments, error);
	}

	private String form(String token, Model model, Map<Long, Integer> scores, Map<Long, String> comments,
			String error) {
		model.addAttribute("survey", this.intensives.questionnaire(token));
		model.addAttribute("scores", scores);
		model.addAttribute("comments", comments);
		model.addAttribute("errorKey", error);
		return "network/intensives/survey";
	}

	@ExceptionHandler(IntensiveLinkClosedException.class)
	String closed(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "riskprofile/survey-closed";
	}

}
