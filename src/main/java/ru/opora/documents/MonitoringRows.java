package ru.opora.documents;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import ru.opora.web.Html;

/**
 * The matrix rows of «Документы школ» ({@code documents/monitoring}), a table row a line,
 * written in one buffer as the template's rows were: the school's link and curators, «N
 * из M» approved with the progress as its title, then a cell per column (each item's
 * status badge, a link to the document when there is one, the risk factor as its title,
 * «просрочено» after an overdue one; «не требуется» when the school owes no document of
 * the kind). The fixed texts, the counts' texts (a few pairs per page, each a
 * {@link MessageFormat} with a number format made anew per call) and the risk factors'
 * titles are made once per page. Texts are escaped as
 * {@link HtmlUtils#htmlEscape(String)} does ({@link Html#escapeHtml4}).
 */
final class MonitoringRows {

	/** The indentation of the rows in the page's {@code <tbody>}. */
	private static final String INDENT = "\n      ";

	private final String contextPath;

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> texts = new HashMap<>();

	private final Map<String, String> titles = new HashMap<>();

	private final Map<List<Long>, String> summaries = new HashMap<>();

	private MonitoringRows(String contextPath, MessageSource messages, Locale locale) {
		this.contextPath = contextPath;
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The inside of the matrix's {@code <tbody>}.
	 * @param programmeYearId the programme year (the schools' links)
	 * @param rows the page's schools
	 * @param columns the document kinds shown
	 * @param contextPath the application's context path (the links)
	 * @param messages the portal's messages
	 * @param locale the page's language
	 */
	static String html(Long programmeYearId, List<MonitoringRow> rows, List<DocumentKind> columns, String contextPath,
			MessageSource messages, Locale locale) {
		return new MonitoringRows(contextPath, messages, locale).write(programmeYearId, rows, columns);
	}

	private String write(Long programmeYearId, List<MonitoringRow> rows, List<DocumentKind> columns) {
		MessageFormat progress = format("documents.checklist.progress");
		MessageFormat approvedOf = format("documents.monitoring.approvedOf");
		String schoolLink = "<tr><th scope=\"row\" class=\"fw-normal\"><a href=\"" + this.contextPath + "/schools/";
		String yearParameter = "/documents?year=" + programmeYearId + "\">";
		StringBuilder html = new StringBuilder(rows.size() * 1024);
		for (MonitoringRow row : rows) {
			SchoolChecklist school = row.school();
			html.append(INDENT)
				.append(schoolLink)
				.append(school.schoolId())
				.append(yearParameter)
				.append(Html.escapeHtml4(school.schoolName()))
				.append("</a>");
			if (row.curators() != null && !row.curators().isEmpty()) {
				html.append("<div class=\"small text-secondary\">")
					.append(Html.escapeHtml4(row.curators()))
					.append("</div>");
			}
			html.append(this.summaries.computeIfAbsent(List.of(school.approvedCount(), school.requiredCount()),
					(counts) -> {
						Object[] arguments = counts.toArray();
						return "</th><td class=\"text-nowrap summary\" title=\""
								+ Html.escapeHtml4(progress.format(arguments)) + "\">"
								+ Html.escapeHtml4(approvedOf.format(arguments)) + "</td>";
					}));
			for (DocumentKind kind : columns) {
				cell(html, row.shown(kind), row.has(kind));
			}
			html.append("</tr>");
		}
		return html.append(INDENT).toString();
	}

	private void cell(StringBuilder html, List<ChecklistItem> items, boolean has) {
		boolean overdue = false;
		for (ChecklistItem item : items) {
			overdue |= item.deadline() == ChecklistItem.Deadline.OVERDUE;
		}
		html.append(overdue ? "<td class=\"overdue\">" : "<td>");
		if (items.isEmpty() && !has) {
			html.append("<span class=\"text-secondary small\">")
				.append(text("documents.monitoring.noSuch"))
				.append("</span>");
		}
		boolean first = true;
		for (ChecklistItem item : items) {
			if (!first) {
				html.append("<br>");
			}
			first = false;
			String title = (item.riskFactor() != null) ? this.titles.computeIfAbsent(item.riskFactor().label(),
					(label) -> " title=\"" + Html.escapeHtml4(label) + "\"") : "";
			if (item.documentId() != null) {
				html.append("<a href=\"")
					.append(this.contextPath)
					.append("/documents/")
					.append(item.documentId())
					.append("\" class=\"text-decoration-none\"")
					.append(title)
					.append("><span class=\"")
					.append(item.badgeClass())
					.append("\">")
					.append(text(item.statusKey()))
					.append("</span></a>");
			}
			else {
				html.append("<span class=\"")
					.append(item.badgeClass())
					.append('"')
					.append(title)
					.append('>')
					.append(text(item.statusKey()))
					.append("</span>");
			}
			if (item.deadline() == ChecklistItem.Deadline.OVERDUE) {
				html.append(" <span class=\"text-danger small fw-semibold\">")
					.append(text("documents.overdue"))
					.append("</span>");
			}
		}
		html.append("</td>");
	}

	private String text(String key) {
		return this.texts.computeIfAbsent(key,
				(k) -> HtmlUtils.htmlEscape(this.messages.getMessage(k, null, this.locale)));
	}

	/**
	 * A message's format, as the message source would make it for each call with
	 * arguments.
	 */
	private MessageFormat format(String key) {
		return new MessageFormat(this.messages.getMessage(key, null, this.locale), this.locale);
	}

}
