package ru.opora.mentoring;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import static ru.opora.web.Html.escape;

/**
 * The rows of the «Кураторы» table, written once in Java and inserted by
 * {@code mentoring/assignments.html} with {@code th:utext}: the same markup the
 * template's {@code th:each} wrote (school link, curator, period, state badge, the «end»
 * button that submits the page's {@code assignment-end} form), at a fraction of the cost
 * — rendering those 50 rows through Thymeleaf was most of the page's CPU
 * (docs/benchmarks.md, step 9a). Every text and attribute value is HTML-escaped here.
 */
final class AssignmentRows {

	private AssignmentRows() {
	}

	static String html(List<AssignmentView> rows, String contextPath, MessageSource messages, Locale locale) {
		String schoolLink = escape(contextPath) + "/schools/";
		String assignmentLink = escape(contextPath) + "/assignments/";
		DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
		String active = escape(messages.getMessage("mentoring.assignments.active", null, locale));
		String inactive = escape(messages.getMessage("mentoring.assignments.inactive", null, locale));
		String pending = escape(messages.getMessage("mentoring.assignments.pending", null, locale));
		String end = escape(messages.getMessage("mentoring.assignments.end", null, locale));
		StringBuilder out = new StringBuilder(rows.size() * 900);
		for (AssignmentView a : rows) {
			out.append("<tr>\n  <td><a href=\"")
				.append(schoolLink)
				.append(a.schoolId())
				.append("\">")
				.append(escape(a.schoolName()))
				.append("</a></td>\n  <td>\n    <div>")
				.append(escape(a.curatorName()))
				.append("</div>\n    <div class=\"small text-secondary\">")
				.append(escape(a.curatorPosition()))
				.append("</div>\n  </td>\n  <td class=\"text-nowrap\">\n    <span>")
				.append(escape(date.format(a.startsOn())))
				.append("</span>\n");
			if (a.endsOn() != null) {
				out.append("    <span>— ").append(escape(date.format(a.endsOn()))).append("</span>\n");
			}
			out.append("  </td>\n  <td>\n");
			if (a.active()) {
				out.append("    <span class=\"badge text-bg-success\">").append(active).append("</span>\n");
			}
			else if (a.endsOn() != null) {
				out.append("    <span class=\"badge text-bg-secondary\">").append(inactive).append("</span>\n");
			}
			else {
				out.append("    <span class=\"badge text-bg-info\">").append(pending).append("</span>\n");
			}
			out.append("  </td>\n  <td class=\"text-end\">\n");
			if (a.endsOn() == null) {
				out.append(
						"    <button type=\"submit\" form=\"assignment-end\" class=\"btn btn-outline-danger btn-sm\"\n")
					.append("            formaction=\"")
					.append(assignmentLink)
					.append(a.id())
					.append("/end\">")
					.append(end)
					.append("</button>\n");
			}
			out.append("  </td>\n</tr>\n");
		}
		return out.toString();
	}

	/**
	 * The {@code <option>}s of a drop-down ({@code selected} marked as {@code th:field}
	 * and {@code th:selected} did), for the page's school and curator pickers: written
	 * per option by Thymeleaf they were a sixth of the page after the rows.
	 */
	static <T> String options(List<T> items, Function<T, Long> id, Function<T, String> label, Long selected) {
		StringBuilder out = new StringBuilder(items.size() * 60);
		for (T item : items) {
			Long value = id.apply(item);
			out.append("<option value=\"").append(value).append('"');
			if (value != null && value.equals(selected)) {
				out.append(" selected=\"selected\"");
			}
			out.append('>').append(escape(label.apply(item))).append("</option>\n");
		}
		return out.toString();
	}

}
