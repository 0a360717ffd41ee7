package ru.opora.roadmap;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.opora.web.Times;

import static ru.opora.web.Html.escape;

/**
 * The whole road-map table ({@code #rm-table}) written once in Java: the progress
 * summary, the undo notice, the header, and per section its header (title, badges, on a
 * school's map the goal, tasks, review and the plan, template and review forms) with its
 * rows ({@link RoadMapRows}), the empty row and the «+ строка» row. The markup the
 * template's {@code table} fragment wrote (kept as
 * {@code src/test/resources/roadmap-rows/table.html}; {@code RoadMapTableTests} compares
 * them) at a fraction of the cost: after step 10e the template's iteration over the
 * sections was most of what the page cost (docs/benchmarks.md, step 12a). Every text and
 * attribute value is HTML-escaped here, as Thymeleaf escapes it; links start with the
 * context path, as {@code @{…}} wrote them.
 */
@Component
@RequiredArgsConstructor
class RoadMapTable {

	private final MessageSource messages;

	private final RoadMapRows rows;

	private final Times times;

	/**
	 * What a table answer shows besides the road map: the sections of factors no longer
	 * chosen (the page's badge; {@code null} in HTMX answers, as before), the row just
	 * added or brought back, a section's error or notice, the explanation typed into a
	 * refused review.
	 */
	record State(Set<Long> unchosenSections, Long newItemId, Long sectionErrorId, String sectionError,
			Long sectionNoticeId, String sectionNotice, Object sectionNoticeArg, String reviewExplanation) {

		static final State NONE = new State(null, null, null, null, null, null, null, null);

	}

	/**
	 * The table of road map {@code rm}; {@code coordinator}: the user has the
	 * coordinator's role (the «Сохранить как шаблон» button).
	 */
	String html(RoadMapDetails rm, State state, boolean coordinator, String contextPath, Locale locale) {
		Texts t = new Texts(locale);
		String base = escape(contextPath + "/roadmaps/" + rm.id());
		boolean editable = rm.editable();
		List<ItemField> fields = rm.fields();
		int cols = fields.size() + (editable ? 2 : 1);
		StringBuilder out = new StringBuilder(4096 + rm.sections().size() * 6000 + rm.progress().total() * 2600);
		out.append("<div id=\"rm-table\" data-base=\"")
			.append(base)
			.append("\" data-confirm=\"")
			.append(t.message("roadmap.row.deleteConfirm"))
			.append('"');
		if (editable) {
			out.append(" class=\"rm-drag\"");
		}
		out.append(">\n  <div class=\"d-flex flex-wrap align-items-center gap-3 mb-2\">\n")
			.append("    <div class=\"rm-progress-summary\">\n");
		Progress p = rm.progress();
		out.append("      <strong>")
			.append(t.message("roadmap.progress.percent", p.percentDone()))
			.append("</strong>\n");
		out.append("      <span class=\"text-secondary\">")
			.append(t.message("roadmap.progress.counts", p.done(), p.total()))
			.append("</span>\n");
		if (p.overdue() > 0) {
			out.append("      <span class=\"badge text-bg-danger\">")
				.append(t.message("roadmap.progress.overdue", p.overdue()))
				.append("</span>\n");
		}
		if (p.dueSoon() > 0) {
			out.append("      <span class=\"badge text-bg-warning\">")
				.append(t.message("roadmap.progress.dueSoon", p.dueSoon()))
				.append("</span>\n");
		}
		out.append("    </div>\n");
		if (rm.undoable() != null) {
			String action = rm.undoable().action();
			out.append("    <div class=\"alert alert-secondary py-1 px-2 mb-0 d-flex align-items-center gap-2\" ")
				.append("id=\"rm-undo\">\n      <span>")
				.append(t.message("roadmap.undo.text",
						(action != null) ? action : this.messages.getMessage("roadmap.row.empty", null, locale)))
				.append("</span>\n      <button type=\"button\" class=\"btn btn-sm btn-outline-primary\" id=\"rm-undo-button\"\n")
				.append("              hx-target=\"#rm-table\" hx-swap=\"outerHTML\" hx-post=\"")
				.append(base)
				.append("/undo\">")
				.append(t.message("roadmap.undo.button"))
				.append("</button>\n    </div>\n");
		}
		out.append("  </div>\n  <div class=\"table-responsive rm-wide\">\n")
			.append("  <table class=\"table table-sm table-bordered align-top rm-table bg-white")
			.append(editable ? " rm-editable" : "")
			.append("\">\n    <thead class=\"table-light\">\n    <tr>\n      <th scope=\"col\" class=\"rm-num-col\">")
			.append(t.message("roadmap.col.number"))
			.append("</th>\n");
		if (editable) {
			out.append("      <th scope=\"col\" class=\"rm-actions-col\"><span class=\"visually-hidden\">")
				.append(t.message("common.actions"))
				.append("</span></th>\n");
		}
		String kindKey = rm.kind().name().toLowerCase(Locale.ROOT);
		for (ItemField f : fields) {
			out.append("      <th scope=\"col\">")
				.append(t.message("roadmap.field." + kindKey + "." + f.code()))
				.append("</th>\n");
		}
		out.append("    </tr>\n    </thead>\n");
		for (SectionView s : rm.sections()) {
			section(out, t, rm, s, state, coordinator, base, cols, locale);
		}
		out.append("  </table>\n  </div>\n</div>");
		return out.toString();
	}

	private void section(StringBuilder out, Texts t, RoadMapDetails rm, SectionView s, State state, boolean coordinator,
			String base, int cols, Locale locale) {
		boolean editable = rm.editable();
		Long id = s.id();
		String sectionBase = base + "/sections/" + id;
		out.append("    <tbody id=\"section-")
			.append(id)
			.append("\">\n    <tr class=\"rm-section\">\n      <th scope=\"rowgroup\" colspan=\"")
			.append(cols)
			.append("\">\n        <div class=\"d-flex flex-wrap align-items-center gap-2\">\n")
			.append("          <span class=\"rm-section-title\">")
			.append(escape(s.title()))
			.append("</span>\n");
		if (state.unchosenSections() != null && state.unchosenSections().contains(id)) {
			out.append("          <span class=\"badge text-bg-warning\">")
				.append(t.message("roadmap.sections.unchosen"))
				.append("</span>\n");
		}
		out.append("          <span class=\"badge text-bg-light border\">")
			.append(t.message("roadmap.progress.percent", s.progress().percentDone()))
			.append("</span>\n");
		if (s.rag() != null) {
			out.append("          <span class=\"badge rm-rag-")
				.append(s.rag().name())
				.append("\">")
				.append(t.rag(s.rag()))
				.append("</span>\n");
		}
		if (editable) {
			String addTop = t.message("roadmap.row.addTop");
			out.append("          <button type=\"button\" class=\"btn btn-sm btn-link\"\n")
				.append("                  hx-target=\"#rm-table\" hx-swap=\"outerHTML\" hx-post=\"")
				.append(sectionBase)
				.append("/items?after=0\" aria-label=\"")
				.append(addTop)
				.append("\">")
				.append(addTop)
				.append("</button>\n");
		}
		out.append("        </div>\n");
		if (rm.school()) {
			sectionBody(out, t, s, state, coordinator, editable, sectionBase, locale);
		}
		out.append("      </th>\n    </tr>\n    \n    ");
		this.rows.section(out, rm, s, state.newItemId(), locale);
		if (s.items().isEmpty()) {
			out.append("\n    <tr class=\"rm-empty\">\n      <td colspan=\"")
				.append(cols)
				.append("\" class=\"text-secondary small\">")
				.append(t.message("roadmap.section.empty"))
				.append("</td>\n    </tr>");
		}
		if (editable) {
			out.append("\n    <tr class=\"rm-add\">\n      <td colspan=\"")
				.append(cols)
				.append("\">\n        <button type=\"button\" class=\"btn btn-sm btn-outline-primary rm-add-end\"\n")
				.append("                hx-target=\"#rm-table\" hx-swap=\"outerHTML\" hx-post=\"")
				.append(sectionBase)
				.append("/items\">")
				.append(t.message("roadmap.row.addEnd"))
				.append("</button>\n      </td>\n    </tr>");
		}
		out.append("\n    </tbody>\n");
	}

	private void sectionBody(StringBuilder out, Texts t, SectionView s, State state, boolean coordinator,
			boolean editable, String sectionBase, Locale locale) {
		Long id = s.id();
		out.append("        <div class=\"rm-section-body fw-normal small mt-1\">\n");
		if (Objects.equals(state.sectionErrorId(), id)) {
			out.append("          <div class=\"alert alert-danger py-1 px-2 mb-1\" role=\"alert\">")
				.append(t.message(state.sectionError()))
				.append("</div>\n");
		}
		if (Objects.equals(state.sectionNoticeId(), id)) {
			out.append("          <div class=\"alert alert-success py-1 px-2 mb-1 rm-notice\" role=\"status\">")
				.append(escape(this.messages.getMessage(state.sectionNotice(),
						new Object[] { state.sectionNoticeArg() }, locale)))
				.append("</div>\n");
		}
		out.append("          <div><span class=\"text-secondary\">")
			.append(t.message("roadmap.section.goal"))
			.append("</span>:\n            <span>")
			.append((s.goal() != null) ? escape(s.goal()) : t.message("common.none"))
			.append("</span></div>\n          <div><span class=\"text-secondary\">")
			.append(t.message("roadmap.section.tasks"))
			.append("</span>:\n            <span class=\"rm-pre\">")
			.append((s.tasks() != null) ? escape(s.tasks()) : t.message("common.none"))
			.append("</span></div>\n");
		if (s.rag() != null) {
			out.append("          <div>\n            <span class=\"text-secondary\">")
				.append(t.message("roadmap.section.review"))
				.append("</span>:\n            <span>")
				.append(escape(s.ragExplanation()))
				.append("</span>\n            <span class=\"text-secondary\">")
				.append(t.message("roadmap.section.reviewedBy", s.reviewedBy(), this.times.dateTime(s.reviewedAt())))
				.append("</span>\n          </div>\n");
		}
		if (s.nextReviewOn() != null) {
			out.append("          <div").append(s.reviewOverdue() ? " class=\"text-danger fw-semibold\"" : "");
			out.append(">\n            <span class=\"text-secondary\">")
				.append(t.message("roadmap.section.nextReview"))
				.append("</span>:\n            <span>")
				.append(escape(t.date().format(s.nextReviewOn())))
				.append("</span>\n");
			if (s.reviewOverdue()) {
				out.append("            <span>").append(t.message("roadmap.section.reviewOverdue")).append("</span>\n");
			}
			out.append("          </div>\n");
		}
		if (editable) {
			forms(out, t, s, state, coordinator, sectionBase);
		}
		out.append("        </div>\n");
	}

	private void forms(StringBuilder out, Texts t, SectionView s, State state, boolean coordinator,
			String sectionBase) {
		Long id = s.id();
		String goal = t.message("roadmap.section.goal");
		String tasks = t.message("roadmap.section.tasks");
		out.append("          <div class=\"d-flex flex-wrap gap-3\">\n")
			.append("            <details class=\"rm-details\">\n              <summary>")
			.append(t.message("roadmap.section.editPlan"))
			.append("</summary>\n              <form class=\"rm-section-form\" hx-target=\"#rm-table\" ")
			.append("hx-swap=\"outerHTML\" hx-post=\"")
			.append(sectionBase)
			.append("/plan\">\n                <input type=\"hidden\" name=\"version\" value=\"")
			.append(s.version())
			.append("\">\n                <label class=\"form-label mb-0\" for=\"goal-")
			.append(id)
			.append("\">")
			.append(goal)
			.append("</label>\n                <textarea class=\"form-control form-control-sm\" name=\"goal\" ")
			.append("rows=\"2\" id=\"goal-")
			.append(id)
			.append("\">")
			.append(escape(s.goal()))
			.append("</textarea>\n                <label class=\"form-label mb-0\" for=\"tasks-")
			.append(id)
			.append("\">")
			.append(tasks)
			.append("</label>\n                <textarea class=\"form-control form-control-sm\" name=\"tasks\" ")
			.append("rows=\"3\" id=\"tasks-")
			.append(id)
			.append("\">")
			.append(escape(s.tasks()))
			.append("</textarea>\n                <button type=\"submit\" class=\"btn btn-sm btn-primary mt-1\">")
			.append(t.message("common.save"))
			.append("</button>\n              </form>\n            </details>\n")
			.append("            <details class=\"rm-details\">\n              <summary>")
			.append(t.message("roadmap.template.fromLibrary"))
			.append("</summary>\n              <div id=\"templates-")
			.append(id)
			.append("\">\n                <button type=\"button\" class=\"btn btn-sm btn-outline-secondary mt-1\"\n")
			.append("                        hx-swap=\"innerHTML\" hx-get=\"")
			.append(sectionBase)
			.append("/templates\" hx-target=\"#templates-")
			.append(id)
			.append("\">")
			.append(t.message("roadmap.template.show"))
			.append("</button>\n              </div>\n            </details>\n");
		if (coordinator && !s.items().isEmpty()) {
			out.append("            <button type=\"button\" class=\"btn btn-sm btn-link p-0 rm-save-template\"\n")
				.append("                    hx-target=\"#rm-table\" hx-swap=\"outerHTML\" hx-post=\"")
				.append(sectionBase)
				.append("/template\" hx-confirm=\"")
				.append(t.message("roadmap.template.confirm"))
				.append("\">")
				.append(t.message("roadmap.template.save"))
				.append("</button>\n");
		}
		Rag suggested = s.progress().suggestedRag();
		out.append("            <details class=\"rm-details\"")
			.append(Objects.equals(state.sectionErrorId(), id) ? " open=\"open\"" : "")
			.append(">\n              <summary>")
			.append(t.message("roadmap.section.doReview"))
			.append("</summary>\n              <form class=\"rm-section-form\" hx-target=\"#rm-table\" ")
			.append("hx-swap=\"outerHTML\" hx-post=\"")
			.append(sectionBase)
			.append("/review\">\n                <input type=\"hidden\" name=\"version\" value=\"")
			.append(s.version())
			.append("\">\n                <p class=\"mb-1 text-secondary\">")
			.append(t.message("roadmap.section.suggested",
					this.messages.getMessage("Rag." + suggested, null, t.locale)))
			.append("</p>\n                <fieldset class=\"mb-1\">\n                  <legend class=\"fs-6 mb-0\">")
			.append(t.message("roadmap.section.rag"))
			.append("</legend>\n");
		for (Rag r : Rag.values()) {
			boolean checked = (s.rag() != null) ? s.rag() == r : suggested == r;
			out.append("                  <div class=\"form-check form-check-inline\">\n")
				.append("                    <input class=\"form-check-input\" type=\"radio\" name=\"rag\" value=\"")
				.append(r.name())
				.append("\" id=\"rag-")
				.append(id)
				.append('-')
				.append(r.name())
				.append('"')
				.append(checked ? " checked=\"checked\"" : "")
				.append(">\n                    <label class=\"form-check-label\" for=\"rag-")
				.append(id)
				.append('-')
				.append(r.name())
				.append("\">")
				.append(t.rag(r))
				.append("</label>\n                  </div>\n");
		}
		out.append("                </fieldset>\n                <label class=\"form-label mb-0\" for=\"explanation-")
			.append(id)
			.append("\">")
			.append(t.message("roadmap.section.explanation"))
			.append("</label>\n                <textarea class=\"form-control form-control-sm\" name=\"explanation\" ")
			.append("rows=\"2\" maxlength=\"500\" required id=\"explanation-")
			.append(id)
			.append("\">")
			.append(escape(state.reviewExplanation()))
			.append("</textarea>\n                <label class=\"form-label mb-0\" for=\"next-")
			.append(id)
			.append("\">")
			.append(t.message("roadmap.section.nextReview"))
			.append("</label>\n                <input class=\"form-control form-control-sm rm-date\" type=\"date\" ")
			.append("name=\"nextReview\" required id=\"next-")
			.append(id)
			.append("\">\n                <button type=\"submit\" class=\"btn btn-sm btn-primary mt-1\">")
			.append(t.message("roadmap.section.saveReview"))
			.append("</button>\n              </form>\n            </details>\n          </div>\n");
	}

	/**
	 * The messages of one table, each looked up and escaped once.
	 */
	private final class Texts {

		private final Locale locale;

		private final Map<String, String> plain = new HashMap<>();

		private final String[] rags = new String[Rag.values().length];

		private DateTimeFormatter date;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String message(String key) {
			return this.plain.computeIfAbsent(key,
					(k) -> escape(RoadMapTable.this.messages.getMessage(k, null, this.locale)));
		}

		String message(String key, Object... args) {
			return escape(RoadMapTable.this.messages.getMessage(key, args, this.locale));
		}

		String rag(Rag rag) {
			String text = this.rags[rag.ordinal()];
			if (text == null) {
				text = message("Rag." + rag.name());
				this.rags[rag.ordinal()] = text;
			}
			return text;
		}

		DateTimeFormatter date() {
			if (this.date == null) {
				this.date = DateTimeFormatter
					.ofPattern(RoadMapTable.this.messages.getMessage("format.date", null, this.locale), this.locale);
			}
			return this.date;
		}

	}

}
