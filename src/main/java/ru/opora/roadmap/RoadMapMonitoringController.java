package ru.opora.roadmap;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import ru.opora.web.Times;

/**
 * The monitoring page: every participant's road map of a programme year side by side.
 */
@Controller
@RequiredArgsConstructor
class RoadMapMonitoringController {

	private final RoadMapMonitoring monitoring;

	private final MessageSource messages;

	private final Times times;

	private final jakarta.servlet.ServletContext context;

	@GetMapping("/programmes/{yearId}/roadmaps")
	String monitoring(@PathVariable Long yearId, @RequestParam(required = false) Integer page, Model model) {
		RoadMapMonitoring.MonitoringPage monitoring = this.monitoring.monitoring(yearId, page);
		List<MonitoringRow> rows = monitoring.rows().content();
		model.addAttribute("rows", rows);
		model.addAttribute("rowsHtml", rowsMarkup(yearId, rows));
		model.addAttribute("result", monitoring.rows());
		model.addAttribute("summary", monitoring.summary());
		model.addAttribute("programme", monitoring.year());
		return "roadmap/monitoring";
	}

	/**
	 * The rows' cells as markup written once in Java, as the template wrote them (a row
	 * costs one attribute instead of some twenty expressions and message look-ups); the
	 * fixed texts are looked up once per page. Texts are escaped.
	 */
	private List<String> rowsMarkup(Long yearId, List<MonitoringRow> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter date = DateTimeFormatter.ofPattern(text("format.date", locale), locale);
		String none = HtmlUtils.htmlEscape(text("common.none", locale));
		String noMap = "<div class=\"small text-secondary\">"
				+ HtmlUtils.htmlEscape(text("roadmap.monitoring.noMap", locale)) + "</div>";
		String notReviewed = "<span class=\"text-secondary\">"
				+ HtmlUtils.htmlEscape(text("roadmap.monitoring.notReviewed", locale)) + "</span>";
		String inactive = " <span class=\"badge text-bg-secondary rm-no-activity\">"
				+ HtmlUtils.htmlEscape(text("roadmap.monitoring.inactive", locale)) + "</span>";
		String base = this.context.getContextPath() + "/programmes/" + yearId + "/schools/";
		MessageFormat percent = format("roadmap.progress.percent", locale);
		MessageFormat counts = format("roadmap.progress.counts", locale);
		MessageFormat unreviewed = format("roadmap.monitoring.unreviewed", locale);
		// the rows repeat the same few percentages and counts: each formatted once per
		// page
		Map<Integer, String> percents = new HashMap<>();
		Map<List<Integer>, String> doneOf = new HashMap<>();
		return rows.stream().map((r) -> {
			Progress progress = r.progress();
			StringBuilder html = new StringBuilder(640);
			html.append("<td><a href=\"")
				.append(base)
				.append(r.schoolId())
				.append("/roadmap\">")
				.append(HtmlUtils.htmlEscape(r.schoolName()))
				.append("</a>");
			if (r.roadMapId() == null) {
				html.append(noMap);
			}
			html.append("</td><td class=\"num\"><span>")
				.append(percents.computeIfAbsent(progress.percentDone(), (p) -> message(percent, p)))
				.append("</span><div class=\"small text-secondary\">")
				.append(doneOf.computeIfAbsent(List.of(progress.done(), progress.total()),
						(c) -> message(counts, c.get(0), c.get(1))))
				.append("</div></td>");
			count(html, progress.overdue(), "badge text-bg-danger");
			count(html, progress.dueSoon(), "badge text-bg-warning");
			html.append("<td>");
			if (r.rag() != null) {
				html.append("<span class=\"badge rm-rag-")
					.append(r.rag())
					.append("\">")
					.append(HtmlUtils.htmlEscape(text("Rag." + r.rag(), locale)))
					.append("</span>");
				if (r.unreviewedSections() > 0) {
					html.append("<div class=\"small text-secondary\">")
						.append(message(unreviewed, r.unreviewedSections()))
						.append("</div>");
				}
			}
			else {
				html.append(notReviewed);
			}
			html.append("</td><td>")
				.append((r.nextReview() != null) ? r.nextReview().format(date) : none)
				.append("</td><td><span>")
				.append((r.lastActivity() != null) ? HtmlUtils.htmlEscape(this.times.dateTime(r.lastActivity())) : none)
				.append("</span>");
			if (r.inactive()) {
				html.append(inactive);
			}
			return html.append("</td>").toString();
		}).toList();
	}

	private static void count(StringBuilder html, int count, String badge) {
		html.append("<td class=\"num\"><span");
		if (count > 0) {
			html.append(" class=\"").append(badge).append('"');
		}
		html.append('>').append(count).append("</span></td>");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A message's format, once per page, as the message source would make it for each
	 * call with arguments.
	 */
	private MessageFormat format(String key, Locale locale) {
		return new MessageFormat(text(key, locale), locale);
	}

	private static String message(MessageFormat format, Object... args) {
		return HtmlUtils.htmlEscape(format.format(args));
	}

}
