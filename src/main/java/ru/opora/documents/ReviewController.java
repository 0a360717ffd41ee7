package ru.opora.documents;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.web.FlashMessage;
import ru.opora.web.Plurals;
import ru.opora.web.Times;

/**
 * «На проверке» and the reviewer's decision.
 */
@Controller
@RequiredArgsConstructor
class ReviewController {

	static final int PAGE_SIZE = 50;

	private final DocumentService documents;

	private final MessageSource messages;

	private final Times times;

	private final Plurals plural;

	/**
	 * The queue, for one programme year or all; documents of closed programme years are
	 * hidden unless asked for.
	 */
	@GetMapping("/review")
	String queue(@RequestParam(required = false) Long year, @RequestParam(defaultValue = "false") boolean closed,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		// the queue and the years' headers in one read-only transaction
		DocumentService.ReviewQueue queue = this.documents.reviewQueue(year, closed, page, PAGE_SIZE);
		Map<Long, ProgrammeYearSummary> years = queue.years()
			.stream()
			.collect(Collectors.toMap(ProgrammeYearSummary::id, Function.identity()));
		Set<Long> inQueue = queue.waitingByYear().keySet();
		model.addAttribute("queue", queue.page().content());
		model.addAttribute("result", queue.page());
		model.addAttribute("years",
				years.values()
					.stream()
					.filter((y) -> inQueue.contains(y.id()) && (closed || !y.closed() || y.id().equals(year)))
					.sorted(Comparator.comparing(ProgrammeYearSummary::year)
						.reversed()
						.thenComparing(ProgrammeYearSummary::title))
					.toList());
		Map<Long, String> yearTitles = years.values()
			.stream()
			.collect(Collectors.toMap(ProgrammeYearSummary::id, ProgrammeYearSummary::title));
		model.addAttribute("yearTitles", yearTitles);
		model.addAttribute("queueRows",
				QueueRows.html(queue.page().content(), yearTitles, request.getContextPath(), this.messages,
						LocaleContextHolder.getLocale(), this.times::dateTime,
						(days) -> this.plural.format(days, "plural.day")));
		model.addAttribute("year", year);
		model.addAttribute("closed", closed);
		model.addAttribute("hiddenClosed",
				(year == null && !closed) ? queue.waitingByYear()
					.entrySet()
					.stream()
					.filter((e) -> isClosed(years, e.getKey()))
					.mapToLong(Map.Entry::getValue)
					.sum() : 0);
		return "documents/queue";
	}

	private static boolean isClosed(Map<Long, ProgrammeYearSummary> years, Long yearId) {
		ProgrammeYearSummary y = years.get(yearId);
		return y != null && y.closed();
	}

	@PostMapping("/documents/{id}/review")
	String review(@PathVariable Long id, @RequestParam long version, @RequestParam String decision,
			@RequestParam(required = false) String comment,
			@RequestParam(name = "unmet", required = false) List<Integer> unmet, RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		String text = (comment != null && comment.length() > 4000) ? comment.substring(0, 4000) : comment;
		try {
			this.documents.review(id, version, approve, text, unmet);
			FlashMessage.success(redirect, approve ? "documents.review.approved" : "documents.review.returned");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			redirect.addFlashAttribute("reviewComment", comment);
		}
		return "redirect:/documents/" + id;
	}

}
