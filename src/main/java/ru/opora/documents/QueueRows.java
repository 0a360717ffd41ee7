package ru.opora.documents;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.context.MessageSource;

import ru.opora.web.Html;

/**
 * The rows of «На проверке» ({@code documents/queue}), written once in Java as the
 * template's {@code th:each} wrote them (the 50 rows' expressions were the largest part
 * of the page's CPU, docs/benchmarks.md step 10c): the school, the programme year, the
 * document's link with its version badge and risk factor, the submission time and the
 * days waiting (in red past a week). Every text is escaped with {@link Html#escape}.
 */
final class QueueRows {

	/** Days a document may wait before its row shows the wait in red. */
	private static final long LONG_WAIT_DAYS = 7;

	private QueueRows() {
	}

	/**
	 * The {@code
	 *
	<tr>
	 * }s of the queue's page.
	 * @param items the page's documents
	 * @param yearTitles the programme years' titles by id
	 * @param contextPath the application's context path (the links)
	 * @param messages the portal's messages
	 * @param locale the page's language
	 * @param dateTime a submission time as the pages show it ({@code @times.dateTime})
	 * @param days a number of days waiting with its noun ({@code @plural.format})
	 */
	static String html(List<QueueItem> items, Map<Long, String> yearTitles, String contextPath, MessageSource messages,
			Locale locale, Function<LocalDateTime, String> dateTime, LongFunction<String> days) {
		Map<DocumentKind, String> kinds = new EnumMap<>(DocumentKind.class);
		StringBuilder html = new StringBuilder(items.size() * 480);
		for (QueueItem q : items) {
			html.append("<tr>\n  <td>")
				.append(Html.escape(q.schoolName()))
				.append("</td>\n  <td class=\"small\">")
				.append(Html.escape(yearTitles.get(q.programmeYearId())))
				.append("</td>\n  <td>\n    <a href=\"")
				.append(contextPath)
				.append("/documents/")
				.append(q.documentId())
				.append("\">")
				.append(kinds.computeIfAbsent(q.kind(),
						(k) -> Html.escape(messages.getMessage("DocumentKind." + k, null, locale))))
				.append("</a>\n    <span class=\"badge text-bg-light border\">")
				.append(Html.escape(messages.getMessage("documents.detail.versionNumber",
						new Object[] { q.versionNumber() }, locale)))
				.append("</span>\n");
			if (q.riskFactorLabel() != null) {
				html.append("    <div class=\"small text-secondary\">")
					.append(Html.escape(q.riskFactorLabel()))
					.append("</div>\n");
			}
			html.append("  </td>\n  <td class=\"text-nowrap\">")
				.append(Html.escape(dateTime.apply(q.submittedAt())))
				.append("</td>\n  <td class=\"")
				.append((q.daysWaiting() > LONG_WAIT_DAYS) ? "num text-danger fw-semibold" : "num")
				.append("\">")
				.append(Html.escape(days.apply(q.daysWaiting())))
				.append("</td>\n</tr>\n");
		}
		return html.toString();
	}

}
