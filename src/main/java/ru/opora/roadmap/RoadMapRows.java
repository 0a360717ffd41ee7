package ru.opora.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static ru.opora.web.Html.escape;

/**
 * The road map's rows as shown (no cell being edited, no conflict), written once in Java
 * and inserted by {@code roadmap/fragments.html} with {@code th:utext}: the whole rows of
 * a section in the {@code table} fragment, one row in the {@code row} fragment. The same
 * markup the template's {@code row} fragment wrote — ids, {@code data-*} attributes, the
 * overdue and due-soon classes, the action buttons when the map is editable, the details
 * button with its counts on a school's map, the status badge and due state — at a
 * fraction of the cost: rendering the 50 rows through Thymeleaf was 89 % of the page's
 * CPU (docs/benchmarks.md, steps 10a and 10e). Every text and attribute value is
 * HTML-escaped here, as Thymeleaf escapes it. The editing and conflict modes of a row
 * stay in the template.
 */
@Component("roadMapRows")
@RequiredArgsConstructor
public class RoadMapRows {

	private final MessageSource messages;

	/**
	 * The rows of section {@code section} of road map {@code rm} (a
	 * {@link RoadMapDetails}), each followed by its (empty) detail row on a school's map;
	 * the row {@code newItemId} (just added or brought back, may be {@code null}) gets
	 * the focus on its first cell.
	 */
	public String section(RoadMapDetails rm, SectionView section, Long newItemId, Locale locale) {
		StringBuilder out = new StringBuilder(section.items().size() * 2600);
		section(out, rm, section, newItemId, locale);
		return out.toString();
	}

	/**
	 * The same rows appended to {@code out}: the whole table's builder
	 * ({@link RoadMapTable}), so that a section's rows are not copied once more through a
	 * string of their own (docs/benchmarks.md «Step 13a»).
	 */
	void section(StringBuilder out, RoadMapDetails rm, SectionView section, Long newItemId, Locale locale) {
		Texts texts = new Texts(rm.kind(), locale);
		for (ItemView item : section.items()) {
			row(out, texts, rm.kind(), rm.editable(), item, null, newItemId);
			if (rm.school()) {
				out.append("\n<tr class=\"rm-detail\" id=\"detail-").append(item.id()).append("\"></tr>");
			}
			out.append('\n');
		}
	}

	/**
	 * One row of road map {@code kind} (editable or not) as shown; {@code focusField}
	 * (the cell just saved) or {@code newItemId} (the first cell) say where the focus
	 * goes, both may be {@code null}.
	 */
	public String row(RoadMapKind kind, boolean editable, ItemView item, ItemField focusField, Long newItemId,
			Locale locale) {
		StringBuilder out = new StringBuilder(2600);
		row(out, new Texts(kind, locale), kind, editable, item, focusField, newItemId);
		return out.toString();
	}

	private void row(StringBuilder out, Texts t, RoadMapKind kind, boolean editable, ItemView item,
			ItemField focusField, Long newItemId) {
		List<ItemField> fields = kind.fields();
		Long id = item.id();
		out.append("<tr id=\"item-").append(id).append("\" class=\"rm-row");
		if (item.dueState() == DueState.OVERDUE) {
			out.append(" rm-overdue");
		}
		else if (item.dueState() == DueState.DUE_SOON) {
			out.append(" rm-due-soon");
		}
		out.append("\" data-item=\"")
			.append(id)
			.append("\" data-section=\"")
			.append(item.sectionId())
			.append("\" data-version=\"")
			.append(item.version())
			.append('"');
		if (focusField != null) {
			out.append(" data-focus=\"cell-").append(id).append('-').append(focusField.code()).append('"');
		}
		else if (newItemId != null && Objects.equals(newItemId, id)) {
			out.append(" data-focus=\"cell-").append(id).append('-').append(fields.get(0).code()).append('"');
		}
		out.append(">\n  <td class=\"rm-num\"");
		if (editable) {
			out.append(" draggable=\"true\" title=\"").append(t.drag).append('"');
		}
		out.append("></td>\n");
		if (editable) {
			out.append("  <td class=\"rm-actions\">")
				.append("<button type=\"button\" class=\"btn btn-sm btn-light rm-up\" data-rm=\"up\" title=\"")
				.append(t.up)
				.append("\">↑</button>")
				.append("<button type=\"button\" class=\"btn btn-sm btn-light rm-down\" data-rm=\"down\" title=\"")
				.append(t.down)
				.append("\">↓</button>")
				.append("<button type=\"button\" class=\"btn btn-sm btn-light rm-insert\" data-rm=\"insert\" title=\"")
				.append(t.insert)
				.append("\">+</button>")
				.append("<button type=\"button\" class=\"btn btn-sm btn-light rm-delete\" data-rm=\"delete\" title=\"")
				.append(t.delete)
				.append("\">✕</button>")
				.append("<button type=\"button\" class=\"btn btn-sm btn-light rm-history\" data-rm=\"history\" title=\"")
				.append(t.history)
				.append("\">⟲</button>");
			if (kind == RoadMapKind.SCHOOL) {
				out.append(
						"<button type=\"button\" class=\"btn btn-sm btn-light rm-details\" data-rm=\"details\" title=\"")
					.append(t.details)
					.append("\">")
					.append(escape(this.messages.getMessage("roadmap.row.detailsCount",
							new Object[] { item.evidenceCount(), item.commentCount() }, t.locale)))
					.append("</button>");
			}
			out.append("</td>\n");
		}
		for (ItemField f : fields) {
			out.append("  <td class=\"rm-cell");
			if (editable) {
				out.append(" rm-cell-editable");
			}
			out.append("\" id=\"cell-").append(id).append('-').append(f.code()).append('"');
			if (editable) {
				out.append(" tabindex=\"0\"");
			}
			out.append(" data-field=\"").append(f.code()).append("\">\n");
			if (f == ItemField.STATUS) {
				out.append("    <span class=\"badge rm-status rm-status-")
					.append(item.status().name())
					.append("\">")
					.append(t.status(item.status()))
					.append("</span>\n");
				if (item.postponeReason() != null) {
					out.append("    <div class=\"small text-secondary\">")
						.append(escape(item.postponeReason()))
						.append("</div>\n");
				}
			}
			else if (f == ItemField.DUE) {
				out.append("    <span>").append(escape(item.value(f))).append("</span>\n");
				if (item.dueState() == DueState.OVERDUE) {
					out.append("    <div class=\"badge text-bg-danger\">").append(t.overdue).append("</div>\n");
				}
				else if (item.dueState() == DueState.DUE_SOON) {
					out.append("    <div class=\"badge text-bg-warning\">").append(t.dueSoon).append("</div>\n");
				}
			}
			else {
				out.append("    <span class=\"rm-pre\">").append(escape(item.value(f))).append("</span>\n");
			}
			out.append("  </td>\n");
		}
		out.append("</tr>");
	}

	/**
	 * The messages of a page's rows, looked up and escaped once.
	 */
	private final class Texts {

		private final Locale locale;

		private final String drag;

		private final String up;

		private final String down;

		private final String insert;

		private final String delete;

		private final String history;

		private final String details;

		private final String overdue;

		private final String dueSoon;

		private final String[] statuses = new String[MeasureStatus.values().length];

		Texts(RoadMapKind kind, Locale locale) {
			this.locale = locale;
			this.drag = message("roadmap.row.drag");
			this.up = message("roadmap.row.up");
			this.down = message("roadmap.row.down");
			this.insert = message("roadmap.row.insert");
			this.delete = message("roadmap.row.delete");
			this.history = message("roadmap.row.history");
			this.details = (kind == RoadMapKind.SCHOOL) ? message("roadmap.row.details") : null;
			this.overdue = message("DueState.OVERDUE");
			this.dueSoon = message("DueState.DUE_SOON");
		}

		String status(MeasureStatus status) {
			String text = this.statuses[status.ordinal()];
			if (text == null) {
				text = message("MeasureStatus." + status.name());
				this.statuses[status.ordinal()] = text;
			}
			return text;
		}

		private String message(String key) {
			return escape(RoadMapRows.this.messages.getMessage(key, null, this.locale));
		}

	}

}
