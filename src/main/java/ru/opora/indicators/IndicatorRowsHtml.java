package ru.opora.indicators;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import static ru.opora.web.Html.escape;

/**
 * The rows of «Показатели проекта» ({@code indicators/page.html}) and of the region's
 * comparison ({@code indicators/region.html}) written in Java, as the templates wrote
 * them: rendering the rows through Thymeleaf (some 40 expressions and two edit forms per
 * indicator; a value, a target and a badge per municipality and indicator) was three
 * quarters of each page's CPU (docs/benchmarks.md, step 9d). Every text and attribute
 * value is HTML-escaped here; the edit forms carry the CSRF field as Thymeleaf's forms
 * do.
 */
final class IndicatorRowsHtml {

	private final MessageSource messages;

	private final ValueFormat format;

	private final Locale locale;

	private final Map<String, String> texts = new HashMap<>();

	private final Map<String, String> values = new HashMap<>();

	IndicatorRowsHtml(MessageSource messages, ValueFormat format, Locale locale) {
		this.messages = messages;
		this.format = format;
		this.locale = locale;
	}

	/**
	 * The coordinator's (or a reader's) rows of a period: the page's {@code tbody}.
	 * @param contextPath the servlet context path the links start with
	 * @param csrfField the hidden CSRF input of the edit forms ({@code ""} without one)
	 */
	String pageRows(IndicatorPage p, String contextPath, String csrfField) {
		Period per = p.period();
		String base = escape(contextPath + "/indicators/" + per.programmeYearId() + "/" + per.checkpoint().name());
		String publicBase = escape(contextPath + "/indicators/public");
		String evidenceBase = escape(contextPath + "/indicators/evidence/");
		String labels = escape(p.periodLabels());
		String periodKey = escape(per.key());
		String canvasTail = "\" data-label-value=\"" + text("indicators.trend.value") + "\" data-label-target=\""
				+ text("indicators.trend.target") + "\"></canvas>\n";
		String trendTitle = text("indicators.trend.title");
		String yes = text("indicators.yes");
		String no = text("indicators.no");
		String choose = text("indicators.form.choose");
		DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(message("format.datetime"), this.locale);
		StringBuilder out = new StringBuilder(p.rows().size() * 4000);
		for (IndicatorRow r : p.rows()) {
			Indicator i = r.indicator();
			String slug = escape(i.slug());
			out.append("<tr id=\"indicator-")
				.append(slug)
				.append("\" data-code=\"")
				.append(escape(i.code()))
				.append("\" data-source=\"")
				.append(i.source().name())
				.append("\">\n");
			if (i.heading()) {
				out.append("<th scope=\"row\">")
					.append(escape(i.code()))
					.append("</th>\n<td colspan=\"6\" class=\"fw-semibold\">")
					.append(escape(i.name(this.locale)))
					.append("</td>\n</tr>\n");
				continue;
			}
			out.append("<th scope=\"row\" class=\"text-nowrap")
				.append(i.sub() ? " ps-3 fw-normal" : "")
				.append("\">")
				.append(escape(i.code()))
				.append("</th>\n<td class=\"ind-name\">\n<div>")
				.append(escape(i.name(this.locale)))
				.append("</div>\n<div class=\"small text-secondary\">\n<span>")
				.append(text("IndicatorKind." + i.kind().name()))
				.append("</span> ·\n<span>")
				.append(text("IndicatorSource." + i.source().name()))
				.append("</span>\n");
			if (r.computed() != null) {
				out.append(" ·\n<a class=\"ind-how\" href=\"")
					.append(base)
					.append('/')
					.append(slug)
					.append("\">")
					.append(text("indicators.how"))
					.append("</a>\n");
				if (r.computed().denominator() != null) {
					out.append("<span class=\"ind-fraction\">(")
						.append(r.computed().numerator())
						.append(" / ")
						.append(r.computed().denominator())
						.append(")</span>\n");
				}
			}
			out.append("<span title=\"")
				.append(escape(i.method(this.locale)))
				.append("\" class=\"ind-method\">")
				.append(text("indicators.method"))
				.append("</span>\n</div>\n");
			if (r.comment() != null) {
				out.append("<div class=\"small mt-1 ind-comment\">").append(escape(r.comment())).append("</div>\n");
			}
			if (r.evidence() != null) {
				out.append("<div class=\"small\">\n<span class=\"text-secondary\">")
					.append(text("indicators.evidence"))
					.append(":</span>\n<a class=\"ind-evidence\" href=\"")
					.append(evidenceBase)
					.append(r.entryId())
					.append("\">")
					.append(escape(r.evidence().originalName()))
					.append("</a>\n</div>\n");
			}
			if (r.updatedBy() != null) {
				out.append("<div class=\"small text-secondary\">")
					.append(escape(this.messages.getMessage("indicators.updated",
							new Object[] { r.updatedBy(),
									(r.updatedAt() != null) ? dateTime.format(r.updatedAt()) : null },
							this.locale)))
					.append("</div>\n");
			}
			boolean yesNo = i.kind() == IndicatorKind.YES_NO;
			if (p.canEdit() && i.manual()) {
				out.append("<details class=\"mt-1\">\n<summary class=\"small link-primary\">")
					.append(text("indicators.form.enterValue"))
					.append("</summary>\n<form class=\"mt-2 ind-value-form\" method=\"post\" enctype=\"multipart/form-data\" action=\"")
					.append(base)
					.append('/')
					.append(slug)
					.append("/value\">")
					.append(csrfField)
					.append("\n<input type=\"hidden\" name=\"version\" value=\"")
					.append(version(r))
					.append("\">\n<div class=\"mb-2\">\n<label class=\"form-label small mb-1\" for=\"value-")
					.append(slug)
					.append("\">")
					.append(text("indicators.form.value"))
					.append("</label>\n");
				if (yesNo) {
					yesNoSelect(out, "value", slug, r.value(), choose, yes, no);
				}
				else {
					out.append(
							"<input type=\"text\" inputmode=\"decimal\" class=\"form-control form-control-sm\" name=\"value\" id=\"value-")
						.append(slug)
						.append("\" value=\"")
						.append(escape(this.format.input(r.value(), this.locale)))
						.append("\" placeholder=\"")
						.append(text((i.kind() == IndicatorKind.SHARE) ? "indicators.form.sharePlaceholder"
								: "indicators.form.countPlaceholder"))
						.append("\">\n");
				}
				out.append("</div>\n<div class=\"mb-2\">\n<label class=\"form-label small mb-1\" for=\"comment-")
					.append(slug)
					.append("\">")
					.append(text("indicators.form.comment"))
					.append("</label>\n<textarea class=\"form-control form-control-sm\" name=\"comment\" rows=\"2\" maxlength=\"2000\" id=\"comment-")
					.append(slug)
					.append("\">")
					.append((r.comment() != null) ? escape(r.comment()) : "")
					.append("</textarea>\n</div>\n<div class=\"mb-2\">\n<label class=\"form-label small mb-1\" for=\"evidence-")
					.append(slug)
					.append("\">")
					.append(text("indicators.form.evidence"))
					.append("</label>\n<input type=\"file\" class=\"form-control form-control-sm\" name=\"evidence\" id=\"evidence-")
					.append(slug)
					.append("\">\n");
				if (r.evidence() != null) {
					out.append("<div class=\"form-text\">")
						.append(text("indicators.form.keepEvidence"))
						.append("</div>\n");
				}
				out.append("</div>\n<button type=\"submit\" class=\"btn btn-sm btn-primary\">")
					.append(text("indicators.form.saveValue"))
					.append("</button>\n</form>\n</details>\n");
			}
			out.append("</td>\n<td class=\"text-end text-nowrap\">\n<span class=\"ind-target\">")
				.append(value(i, r.target()))
				.append("</span>\n");
			if (p.canEdit()) {
				out.append("<details class=\"text-start\">\n<summary class=\"small link-primary\">")
					.append(text("indicators.form.edit"))
					.append("</summary>\n<form class=\"mt-1 ind-target-form\" method=\"post\" action=\"")
					.append(base)
					.append('/')
					.append(slug)
					.append("/target\">")
					.append(csrfField)
					.append("\n<input type=\"hidden\" name=\"version\" value=\"")
					.append(version(r))
					.append("\">\n<label class=\"visually-hidden\" for=\"target-")
					.append(slug)
					.append("\">")
					.append(text("indicators.form.target"))
					.append("</label>\n");
				if (yesNo) {
					yesNoSelect(out, "target", slug, r.target(), choose, yes, no);
				}
				else {
					out.append(
							"<input type=\"text\" inputmode=\"decimal\" class=\"form-control form-control-sm\" name=\"target\" id=\"target-")
						.append(slug)
						.append("\" value=\"")
						.append(escape(this.format.input(r.target(), this.locale)))
						.append("\">\n");
				}
				out.append("<button type=\"submit\" class=\"btn btn-sm btn-outline-primary mt-1\">")
					.append(text("indicators.form.setTarget"))
					.append("</button>\n</form>\n</details>\n");
			}
			out.append("</td>\n<td class=\"text-end text-nowrap fw-semibold ind-value\">")
				.append(value(i, r.value()))
				.append("</td>\n<td>");
			badge(out, r.status());
			out.append("</td>\n<td class=\"ind-trend-cell\">\n")
				.append("<canvas class=\"ind-trend\" width=\"160\" height=\"48\" role=\"img\" aria-label=\"")
				.append(trendTitle)
				.append("\" data-labels=\"")
				.append(labels)
				.append("\" data-values=\"")
				.append(escape(r.trendValuesText()))
				.append("\" data-targets=\"")
				.append(escape(r.trendTargetsText()))
				.append(canvasTail)
				.append("</td>\n<td>\n");
			String shownText = r.shown() ? yes : no;
			if (p.canEdit()) {
				out.append("<form method=\"post\" action=\"")
					.append(publicBase)
					.append('/')
					.append(slug)
					.append("\" class=\"ind-public-form\">")
					.append(csrfField)
					.append("\n<input type=\"hidden\" name=\"shown\" value=\"")
					.append(!r.shown())
					.append("\">\n<input type=\"hidden\" name=\"period\" value=\"")
					.append(periodKey)
					.append("\">\n<button type=\"submit\" class=\"btn btn-sm ")
					.append(r.shown() ? "btn-success" : "btn-outline-secondary")
					.append("\" title=\"")
					.append(text(r.shown() ? "indicators.form.makePrivate" : "indicators.form.makePublic"))
					.append("\">")
					.append(shownText)
					.append("</button>\n</form>\n");
			}
			else {
				out.append("<span>").append(shownText).append("</span>\n");
			}
			out.append("</td>\n</tr>\n");
		}
		return out.toString();
	}

	/**
	 * The comparison's rows: an indicator per row, a municipality per column, a bar chart
	 * at the end.
	 */
	String regionRows(IndicatorComparison c) {
		List<ru.opora.schools.MunicipalityOption> municipalities = c.municipalities();
		String labels = escape(c.chartLabels());
		String targetLabel = text("indicators.col.target");
		String chart = text("indicators.region.chart");
		String valueLabel = text("indicators.trend.value");
		StringBuilder out = new StringBuilder(c.catalogue().size() * (municipalities.size() * 260 + 400));
		for (Indicator i : c.catalogue()) {
			out.append("<tr id=\"region-indicator-")
				.append(escape(i.slug()))
				.append("\">\n<th scope=\"row\">")
				.append(escape(i.code()))
				.append("</th>\n<td class=\"ind-name")
				.append(i.heading() ? " fw-semibold" : "")
				.append("\">")
				.append(escape(i.name(this.locale)))
				.append("</td>\n");
			for (ru.opora.schools.MunicipalityOption m : municipalities) {
				out.append("<td class=\"text-end text-nowrap\">");
				IndicatorComparison.Cell cell = c.cell(m.id(), i.code());
				if (!i.heading() && cell != null) {
					out.append("\n<div class=\"fw-semibold\">")
						.append(value(i, cell.value()))
						.append("</div>\n<div class=\"small text-secondary\">")
						.append(targetLabel)
						.append(": ")
						.append(value(i, cell.target()))
						.append("</div>\n");
					badge(out, cell.status());
					out.append('\n');
				}
				out.append("</td>\n");
			}
			out.append("<td class=\"ind-trend-cell\">\n");
			if (!i.heading()) {
				out.append("<canvas class=\"ind-bar-chart\" width=\"200\" height=\"80\" role=\"img\" aria-label=\"")
					.append(chart)
					.append("\" data-labels=\"")
					.append(labels)
					.append("\" data-values=\"")
					.append(escape(c.chartValues(i.code())))
					.append("\" data-label-value=\"")
					.append(valueLabel)
					.append("\"></canvas>\n");
			}
			out.append("</td>\n</tr>\n");
		}
		return out.toString();
	}

	/** The status badge of {@code indicators/page :: status}. */
	private void badge(StringBuilder out, IndicatorStatus s) {
		out.append("<span class=\"badge ind-status ").append(switch (s) {
			case ACHIEVED -> "text-bg-success";
			case CLOSE -> "text-bg-warning";
			case NOT_ACHIEVED -> "text-bg-danger";
			default -> "text-bg-light border";
		})
			.append("\" data-status=\"")
			.append(s.name())
			.append("\">")
			.append(text("IndicatorStatus." + s.name()))
			.append("</span>");
	}

	private static void yesNoSelect(StringBuilder out, String name, String slug, java.math.BigDecimal current,
			String choose, String yes, String no) {
		out.append("<select class=\"form-select form-select-sm\" name=\"")
			.append(name)
			.append("\" id=\"")
			.append(name)
			.append('-')
			.append(slug)
			.append("\">\n<option value=\"\">")
			.append(choose)
			.append("</option>\n<option value=\"1\"")
			.append((current != null && current.signum() > 0) ? " selected=\"selected\"" : "")
			.append('>')
			.append(yes)
			.append("</option>\n<option value=\"0\"")
			.append((current != null && current.signum() == 0) ? " selected=\"selected\"" : "")
			.append('>')
			.append(no)
			.append("</option>\n</select>\n");
	}

	private static String version(IndicatorRow r) {
		return (r.version() != null) ? r.version().toString() : "";
	}

	/**
	 * A value as {@code @indicatorFormat.text} writes it, escaped; each distinct value of
	 * a kind formatted once per page (a {@code DecimalFormat} each).
	 */
	private String value(Indicator i, java.math.BigDecimal value) {
		if (value == null) {
			return "—";
		}
		return this.values.computeIfAbsent(i.kind().name() + ':' + value.toPlainString() + ':' + value.scale(),
				(k) -> escape(this.format.text(i, value, this.locale)));
	}

	/** A message without arguments, escaped, looked up once per page. */
	private String text(String key) {
		return this.texts.computeIfAbsent(key, (k) -> escape(message(k)));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, this.locale);
	}

	/**
	 * The hidden CSRF input as Thymeleaf adds it to a form with {@code th:action}.
	 */
	static String csrfField(String parameterName, String token) {
		return (token != null)
				? "<input type=\"hidden\" name=\"" + escape(parameterName) + "\" value=\"" + escape(token) + "\"/>"
				: "";
	}

}
