package ru.opora.schools;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import ru.opora.web.Html;

/**
 * The rows of the school list ({@code schools/list}, the page and its HTMX results),
 * written once in Java as the template's {@code th:each} wrote them, line for line: the
 * school's link and short name, «малокомплектная» when it is one, its full name, the
 * municipality, type, settlement, students, teachers and distance (a dash for an unknown
 * number). The rows' expressions and message look-ups were most of the page's CPU
 * (docs/benchmarks.md, step 11a); the fixed texts are looked up once per page. Every text
 * is escaped with {@link Html#escape}, as Thymeleaf escapes {@code th:text}.
 */
final class SchoolRows {

	private SchoolRows() {
	}

	/**
	 * The {@code tr}s of the page's schools.
	 * @param schools the page's schools
	 * @param contextPath the application's context path (the links)
	 * @param messages the portal's messages
	 * @param locale the page's language
	 */
	static String html(List<SchoolSummary> schools, String contextPath, MessageSource messages, Locale locale) {
		Map<SchoolType, String> types = new EnumMap<>(SchoolType.class);
		Map<Settlement, String> settlements = new EnumMap<>(Settlement.class);
		String small = Html.escape(messages.getMessage("schools.list.small", null, locale));
		String none = Html.escape(messages.getMessage("common.none", null, locale));
		StringBuilder html = new StringBuilder(schools.size() * 640);
		for (SchoolSummary s : schools) {
			html.append("\n        <tr>\n          <td>\n            <a href=\"")
				.append(contextPath)
				.append("/schools/")
				.append(s.id())
				.append("\">")
				.append(Html.escape(s.shortName()))
				.append("</a>\n            ");
			if (s.smallSchool()) {
				html.append("<span class=\"badge text-bg-light border ms-1\">").append(small).append("</span>");
			}
			html.append("\n            <div class=\"small text-secondary\">")
				.append(Html.escape(s.name()))
				.append("</div>\n          </td>\n          <td>")
				.append(Html.escape(s.municipalityName()))
				.append("</td>\n          <td>")
				.append(types.computeIfAbsent(s.type(),
						(t) -> Html.escape(messages.getMessage("SchoolType." + t, null, locale))))
				.append("</td>\n          <td>")
				.append(settlements.computeIfAbsent(s.settlement(),
						(t) -> Html.escape(messages.getMessage("Settlement." + t, null, locale))))
				.append("</td>\n          <td class=\"num\">")
				.append((s.students() != null) ? s.students().toString() : none)
				.append("</td>\n          <td class=\"num\">")
				.append((s.teachers() != null) ? s.teachers().toString() : none)
				.append("</td>\n          <td class=\"num\">")
				.append((s.distanceKm() != null) ? s.distanceKm().toString() : none)
				.append("</td>\n        </tr>");
		}
		return html.append("\n        ").toString();
	}

}
