package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.thymeleaf.expression.Numbers;

import static ru.opora.web.Html.escape;

/**
 * A row of the «Анализ школ» table with its texts already resolved, so that the template
 * only writes them out (a page of 50 rows would otherwise evaluate some 1,500
 * expressions); and the rows' markup itself ({@link #html}), which the template inserts
 * as it is: rendering the 50 rows through Thymeleaf was half of the page's CPU once the
 * overview was kept per data version (docs/benchmarks.md, step 8d). Every text and
 * attribute value is HTML-escaped here.
 */
record OverviewRowView(Long id, String shortName, String municipalityName, boolean persistentlyLow, String low,
		String share, String wellbeing, SchoolGroup group, String groupLabel, List<HistoryView> history, String trend,
		boolean participant, String participantLabel) {

	/** A former year: its group (the badge's colour and title) and its level. */
	record HistoryView(int year, SchoolGroup group, String title, String mark) {

	}

	/**
	 * The views of a page of rows; {@code participant} tells the schools that take part
	 * in the chosen programme year (none without one).
	 */
	static List<OverviewRowView> of(List<OverviewRow> rows, Predicate<Long> participant, MessageSource messages,
			Locale locale) {
		Labels labels = new Labels(messages, locale);
		return rows.stream().map((row) -> {
			YearClassification c = row.current();
			String none = labels.get("common.none");
			String low = (c != null && c.results() != null) ? c.results().low() + " / " + c.results().counted() : none;
			List<HistoryView> history = row.history()
				.stream()
				.map((h) -> new HistoryView(h.year(), h.group(), labels.group(h.group()),
						labels.get((h.level() == ResultLevel.LOW) ? "analysis.overview.lowShort"
								: "analysis.overview.okShort")))
				.toList();
			return new OverviewRowView(row.school().id(), row.school().shortName(), row.school().municipalityName(),
					row.persistentlyLow(), low, labels.one((c != null) ? c.decisiveShare() : null),
					labels.one((c != null) ? c.wellbeingIndex() : null), row.group(), labels.group(row.group()),
					history, labels.get("Trend." + row.trend().name()), participant.test(row.school().id()), messages
						.getMessage("analysis.participants.mark", new Object[] { row.school().shortName() }, locale));
		}).toList();
	}

	/**
	 * The rows' markup, as {@code analysis/overview.html} describes it: a participant
	 * column when a programme year is chosen ({@code marking}), a municipality column
	 * when the user sees more than one.
	 */
	static String html(List<OverviewRowView> rows, String contextPath, boolean marking, boolean municipalityColumn,
			String persistentLabel) {
		StringBuilder out = new StringBuilder(rows.size() * 1200);
		String persistent = escape(persistentLabel);
		for (OverviewRowView r : rows) {
			out.append("<tr data-school=\"").append(r.id()).append("\">\n");
			if (marking) {
				out.append("  <td>\n    <input type=\"hidden\" name=\"shownIds\" value=\"")
					.append(r.id())
					.append("\">\n    <input class=\"form-check-input\" type=\"checkbox\" name=\"participantIds\" value=\"")
					.append(r.id())
					.append("\" id=\"participant-")
					.append(r.id())
					.append('"');
				if (r.participant()) {
					out.append(" checked=\"checked\"");
				}
				out.append(" aria-label=\"").append(escape(r.participantLabel())).append("\">\n  </td>\n");
			}
			out.append("  <td>\n    <a href=\"")
				.append(escape(contextPath))
				.append("/schools/")
				.append(r.id())
				.append("/analysis\">")
				.append(escape(r.shortName()))
				.append("</a>\n");
			if (r.persistentlyLow()) {
				out.append("    <span class=\"badge text-bg-dark ms-1\">").append(persistent).append("</span>\n");
			}
			out.append("  </td>\n");
			if (municipalityColumn) {
				out.append("  <td>").append(escape(r.municipalityName())).append("</td>\n");
			}
			out.append("  <td class=\"num\">")
				.append(escape(r.low()))
				.append("</td>\n  <td class=\"num decisive-share\"><span>")
				.append(escape(r.share()))
				.append("</span></td>\n  <td class=\"num\"><span>")
				.append(escape(r.wellbeing()))
				.append("</span></td>\n  <td><span class=\"badge group-badge group-")
				.append(r.group().name())
				.append("\">")
				.append(escape(r.groupLabel()))
				.append("</span></td>\n  <td class=\"small\">");
			for (HistoryView h : r.history()) {
				out.append("\n    <span class=\"me-1 text-nowrap\" title=\"")
					.append(escape(h.title()))
					.append("\"><span>")
					.append(h.year())
					.append("</span> <span class=\"badge group-badge group-")
					.append(h.group().name())
					.append("\">")
					.append(escape(h.mark()))
					.append("</span></span>");
			}
			out.append("\n  </td>\n  <td class=\"small\">").append(escape(r.trend())).append("</td>\n</tr>\n");
		}
		return out.toString();
	}

	/** Messages resolved once per page. */
	private static final class Labels {

		private final MessageSource messages;

		private final Locale locale;

		private final Numbers numbers;

		private final Map<String, String> cache = new HashMap<>();

		private final Map<SchoolGroup, String> groups = new EnumMap<>(SchoolGroup.class);

		private final Map<BigDecimal, String> decimals = new HashMap<>();

		Labels(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
			this.numbers = new Numbers(locale);
		}

		String get(String key) {
			return this.cache.computeIfAbsent(key, (k) -> this.messages.getMessage(k, null, this.locale));
		}

		String group(SchoolGroup group) {
			return this.groups.computeIfAbsent(group, (g) -> get("SchoolGroup." + g.name()));
		}

		/**
		 * A number with one decimal (as {@code #numbers.formatDecimal(v, 1, 1)}), or a
		 * dash.
		 */
		String one(BigDecimal value) {
			// each call of formatDecimal builds a DecimalFormat: once per distinct value
			return (value != null) ? this.decimals.computeIfAbsent(value, (v) -> this.numbers.formatDecimal(v, 1, 1))
					: get("common.none");
		}

	}

}
