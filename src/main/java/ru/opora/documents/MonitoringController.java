package ru.opora.documents;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import ru.opora.common.PagedResult;
import ru.opora.mentoring.AssignmentView;
import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.programmes.ProgrammeService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * «Документы школ»: participants × documents with statuses, dates and overdue cells;
 * filters by status, curator and kind; XLSX export.
 */
@Controller
@RequiredArgsConstructor
class MonitoringController {

	static final int PAGE_SIZE = 50;

	private final DocumentService documents;

	private final ProgrammeService programmes;

	private final CuratorAssignmentService assignments;

	private final DocumentsWorkbook workbook;

	private final org.springframework.context.MessageSource messages;

	private final jakarta.servlet.ServletContext context;

	@GetMapping("/programmes/{id}/documents")
	String monitoring(@PathVariable Long id, @RequestParam(required = false) DocumentFilter status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) String view, @RequestParam(required = false) Integer page, CurrentUser user,
			Model model) {
		// paged: a municipality may have hundreds of participants (the XLSX export has
		// them all)
		List<AssignmentView> active = activeAssignments(user);
		List<MonitoringRow> all = filtered(id, status, curator, kind, active);
		PagedResult<MonitoringRow> result = PagedResult.slice(all, page, PAGE_SIZE);
		List<MonitoringRow> rows = result.content();
		List<DocumentKind> columns = (kind != null) ? List.of(kind) : List.of(DocumentKind.values());
		model.addAttribute("programme", this.programmes.year(id));
		model.addAttribute("rows", rows);
		model.addAttribute("result", result);
		model.addAttribute("cards", "cards".equals(view) || (!"matrix".equals(view) && all.size() == 1));
		model.addAttribute("columns", columns);
		MonitoringRow.CellMarkup markup = cellMarkup();
		model.addAttribute("cells", rows.stream().map((r) -> r.cells(columns, markup)).toList());
		model.addAttribute("statuses", DocumentFilter.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("curators", curatorNames(user, active));
		model.addAttribute("status", status);
		model.addAttribute("curator", curator);
		model.addAttribute("kind", kind);
		return "documents/monitoring";
	}

	@GetMapping("/programmes/{id}/documents.xlsx")
	void export(@PathVariable Long id, @RequestParam(required = false) DocumentFilter status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			CurrentUser user, HttpServletResponse response) throws IOException {
		var programme = this.programmes.year(id);
		List<MonitoringRow> rows = filtered(id, status, curator, kind, activeAssignments(user));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(
					this.messages.getMessage("documents.monitoring.fileName", new Object[] { programme.title() },
							org.springframework.context.i18n.LocaleContextHolder.getLocale()) + ".xlsx",
					java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		this.workbook.write(programme, rows, response.getOutputStream());
	}

	private List<MonitoringRow> filtered(Long id, DocumentFilter status, Long curator, DocumentKind kind,
			List<AssignmentView> active) {
		Set<Long> curatedSchools = (curator == null) ? null
				: active.stream()
					.filter((a) -> a.curatorId().equals(curator))
					.map(AssignmentView::schoolId)
					.collect(Collectors.toSet());
		Map<Long, String> curatorsBySchool = active.stream()
			.collect(
					Collectors.groupingBy(AssignmentView::schoolId, java.util.TreeMap::new,
							Collectors.mapping(AssignmentView::curatorName,
									Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new),
											(names) -> String.join(", ", names)))));
		return this.documents.monitoring(id)
			.stream()
			.filter((c) -> curatedSchools == null || curatedSchools.contains(c.schoolId()))
			.map((c) -> new MonitoringRow(c,
					c.items()
						.stream()
						.filter((i) -> kind == null || i.kind() == kind)
						.filter((i) -> status == null || status.matches(i))
						.toList(),
					curatorsBySchool.getOrDefault(c.schoolId(), "")))
			.filter((r) -> (status == null && kind == null) || !r.shown().isEmpty())
			.toList();
	}

	/**
	 * The matrix cells' markup, with the texts looked up once per page.
	 */
	private MonitoringRow.CellMarkup cellMarkup() {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<String, String> texts = new java.util.HashMap<>();
		java.util.function.Function<String, String> text = (key) -> texts.computeIfAbsent(key,
				(k) -> HtmlUtils.htmlEscape(this.messages.getMessage(k, null, locale)));
		return (items, has) -> {
			if (items.isEmpty()) {
				return has ? "" : "<span class=\"text-secondary small\">" + text.apply("documents.monitoring.noSuch")
						+ "</span>";
			}
			StringBuilder html = new StringBuilder();
			for (ChecklistItem item : items) {
				if (!html.isEmpty()) {
					html.append("<br>");
				}
				String title = (item.riskFactor() != null)
						? " title=\"" + HtmlUtils.htmlEscape(item.riskFactor().label()) + "\"" : "";
				String badge = "<span class=\"" + item.badgeClass() + "\"" + ((item.documentId() == null) ? title : "")
						+ ">" + text.apply(item.statusKey()) + "</span>";
				if (item.documentId() != null) {
					html.append("<a href=\"")
						.append(this.context.getContextPath())
						.append("/documents/")
						.append(item.documentId())
						.append("\" class=\"text-decoration-none\"")
						.append(title)
						.append('>')
						.append(badge)
						.append("</a>");
				}
				else {
					html.append(badge);
				}
				if (item.deadline() == ChecklistItem.Deadline.OVERDUE) {
					html.append(" <span class=\"text-danger small fw-semibold\">")
						.append(text.apply("documents.overdue"))
						.append("</span>");
				}
			}
			return html.toString();
		};
	}

	/**
	 * The active curator assignments the user may see: a coordinator's municipality (one
	 * query, whatever the number of its schools), a curator's own schools.
	 */
	private List<AssignmentView> activeAssignments(CurrentUser user) {
		if (user.is(Role.COORDINATOR)) {
			return this.assignments.activeMunicipalityAssignments();
		}
		return user.is(Role.CURATOR) ? this.assignments.myAssignments().stream().filter(AssignmentView::active).toList()
				: List.of();
	}

	private Map<Long, String> curatorNames(CurrentUser user, List<AssignmentView> active) {
		if (!user.is(Role.COORDINATOR)) {
			return Map.of();
		}
		return active.stream()
			.collect(Collectors.toMap(AssignmentView::curatorId, AssignmentView::curatorName, (a, b) -> a,
					java.util.TreeMap::new));
	}

}
