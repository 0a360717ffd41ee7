package ru.opora.programmes;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import ru.opora.schools.SchoolOption;

import static ru.opora.web.Html.escape;

/**
 * The rows of a programme year's participants table, written once in Java and inserted by
 * {@code programmes/detail.html} with {@code th:utext}: the same markup the template's
 * {@code th:each} wrote (four links and, when the user may change the participants, a
 * remove button per row), at a fraction of the cost — rendering those 50 rows through
 * Thymeleaf was over a third of the page's CPU (docs/benchmarks.md, step 9a). Every text
 * and attribute value is HTML-escaped here.
 */
final class ParticipantRows {

	private ParticipantRows() {
	}

	/**
	 * The rows of {@code participants} of programme year {@code yearId}; {@code editable}
	 * adds the remove buttons (they submit the page's {@code participant-remove} form).
	 */
	static String html(List<SchoolOption> participants, Long yearId, boolean editable, String contextPath,
			MessageSource messages, Locale locale) {
		String schoolLink = escape(contextPath) + "/schools/";
		String participantLink = escape(contextPath) + "/programmes/" + yearId + "/schools/";
		String removeLink = escape(contextPath) + "/programmes/" + yearId + "/participants/";
		String profile = escape(messages.getMessage("programmes.detail.profileLink", null, locale));
		String factors = escape(messages.getMessage("programmes.detail.factorsLink", null, locale));
		String roadmap = escape(messages.getMessage("programmes.detail.roadmapLink", null, locale));
		String remove = escape(messages.getMessage("programmes.detail.remove", null, locale));
		MessageFormat confirm = new MessageFormat(messages.getMessage("programmes.detail.removeConfirm", null, locale),
				locale);
		StringBuilder out = new StringBuilder(participants.size() * 700);
		for (SchoolOption s : participants) {
			out.append("<tr>\n  <td><a href=\"")
				.append(schoolLink)
				.append(s.id())
				.append("\">")
				.append(escape(s.shortName()))
				.append("</a></td>\n  <td><a href=\"")
				.append(participantLink)
				.append(s.id())
				.append("/profile\">")
				.append(profile)
				.append("</a></td>\n  <td><a href=\"")
				.append(participantLink)
				.append(s.id())
				.append("/factors\">")
				.append(factors)
				.append("</a></td>\n  <td><a href=\"")
				.append(participantLink)
				.append(s.id())
				.append("/roadmap\">")
				.append(roadmap)
				.append("</a></td>\n");
			if (editable) {
				out.append("  <td class=\"text-end\">\n")
					.append("    <button type=\"submit\" form=\"participant-remove\" class=\"btn btn-outline-danger btn-sm\"\n")
					.append("            formaction=\"")
					.append(removeLink)
					.append(s.id())
					.append("/remove\"\n            data-confirm=\"")
					.append(escape(confirm.format(new Object[] { s.shortName() })))
					.append("\">")
					.append(remove)
					.append("</button>\n  </td>\n");
			}
			out.append("</tr>\n");
		}
		return out.toString();
	}

	/**
	 * The participant picker's list items for the {@code candidates} found: a participant
	 * gets its badge and a remove button (the {@code candidate-remove} form), any other
	 * school an add button (the {@code candidate-add} form).
	 */
	static String candidates(List<SchoolOption> candidates, ProgrammeYearSummary year, String contextPath,
			MessageSource messages, Locale locale) {
		String removeLink = escape(contextPath) + "/programmes/" + year.id() + "/participants/";
		String participant = escape(messages.getMessage("programmes.detail.isParticipant", null, locale));
		String add = escape(messages.getMessage("programmes.detail.add", null, locale));
		String remove = escape(messages.getMessage("programmes.detail.remove", null, locale));
		StringBuilder out = new StringBuilder(candidates.size() * 400);
		for (SchoolOption c : candidates) {
			boolean isParticipant = year.hasParticipant(c.id());
			out.append("<li class=\"list-group-item d-flex align-items-center justify-content-between gap-2\">\n")
				.append("  <span>\n    <span>")
				.append(escape(c.shortName()))
				.append("</span>\n");
			if (isParticipant) {
				out.append("    <span class=\"badge text-bg-success ms-1\">").append(participant).append("</span>\n");
			}
			out.append("  </span>\n");
			if (isParticipant) {
				out.append(
						"  <button type=\"submit\" form=\"candidate-remove\" class=\"btn btn-outline-danger btn-sm\"\n")
					.append("          formaction=\"")
					.append(removeLink)
					.append(c.id())
					.append("/remove\">")
					.append(remove)
					.append("</button>\n");
			}
			else {
				out.append("  <button type=\"submit\" form=\"candidate-add\" name=\"schoolId\" value=\"")
					.append(c.id())
					.append("\"\n          class=\"btn btn-outline-primary btn-sm\">")
					.append(add)
					.append("</button>\n");
			}
			out.append("</li>\n");
		}
		return out.toString();
	}

}
