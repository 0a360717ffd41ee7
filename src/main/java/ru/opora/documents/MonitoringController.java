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
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.users.CurrentUser;
import ru.opora.users.PersonSummary;
import ru.opora.users.UserService;
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

	private final UserService users;

	private final org.springframework.context.MessageSource messages;

	private final jakarta.servlet.ServletContext context;

	@GetMapping("/programmes/{id}/documents")
	String monitoring(@PathVariable Long id, @RequestParam(required = false) DocumentFilter status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) String view, @RequestParam(required = false) Integer page, CurrentUser user,
			Model model) {
		// paged in SQL: a municipality may have hundreds of participants, and only the
		// page's schools get their checklists (the XLSX export has them all)
		ProgrammeYearSummary programme = this.programmes.year(id);
		Curators curators = curators(user, programme);
		PagedResult<MonitoringRow> result = filtered(programme, status, curator, kind, curators, page, PAGE_SIZE);
		List<MonitoringRow> rows = result.content();
		List<DocumentKind> columns = (kind != null) ? List.of(kind) : List.of(DocumentKind.values());
		model.addAttribute("programme", programme);
		model.addAttribute("rows", rows);
		model.addAttribute("result", result);
		model.addAttribute("cards", "cards".equals(view) || (!"matrix".equals(view) && result.totalElements() == 1));
		model.addAttribute("columns", columns);
		MonitoringRow.CellMarkup markup = cellMarkup();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		// the two formats once per page (a message with arguments per row was an eighth
		// of
		// the page)
		java.text.MessageFormat progress = format("documents.checklist.progress", locale);
		java.text.MessageFormat approvedOf = format("documents.monitoring.approvedOf", locale);
		model.addAttribute("matrixRows",
				rows.stream().map((r) -> rowMarkup(programme, r, columns, markup, progress, approvedOf)).toList());
		model.addAttribute("statuses", DocumentFilter.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("curators", user.is(Role.COORDINATOR) ? curators.names() : Map.of());
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
		List<MonitoringRow> rows = filtered(programme, status, curator, kind, curators(user, programme), null,
				Integer.MAX_VALUE)
			.content();
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

	/**
	 * A page (or all, for the export) of the participants that the filters match, each
	 * with the items the status and kind filters show and its curators.
	 */
	private PagedResult<MonitoringRow> filtered(ProgrammeYearSummary programme, DocumentFilter status, Long curator,
			DocumentKind kind, Curators curators, Integer page, int size) {
		Set<Long> curatedSchools = (curator == null) ? null
				: curators.bySchool()
					.entrySet()
					.stream()
					.filter((e) -> e.getValue().containsKey(curator))
					.map(Map.Entry::getKey)
					.collect(Collectors.toSet());
		PagedResult<SchoolChecklist> checklists = this.documents.monitoring(programme, status, kind, curatedSchools,
				page, size);
		List<MonitoringRow> rows = checklists.content()
			.stream()
			.map((c) -> new MonitoringRow(c,
					c.items()
						.stream()
						.filter((i) -> kind == null || i.kind() == kind)
						.filter((i) -> status == null || status.matches(i))
						.toList(),
					String.join(", ",
							new java.util.TreeSet<>(
									curators.bySchool().getOrDefault(c.schoolId(), Map.of()).values()))))
			.toList();
		return new PagedResult<>(rows, checklists.page(), checklists.size(), checklists.totalElements());
	}

	/**
	 * A matrix row's markup (the inside of its {@code
	 *
	<tr>
	 * }), written once in Java as the template wrote it: the school's link and curators,
	 * «N из M» approved with the progress as its title, then the cells. Texts are
	 * escaped.
	 */
	private String rowMarkup(ProgrammeYearSummary programme, MonitoringRow row, List<DocumentKind> columns,
			MonitoringRow.CellMarkup markup, java.text.MessageFormat progress, java.text.MessageFormat approvedOf) {
		SchoolChecklist school = row.school();
		Object[] counts = { school.approvedCount(), school.requiredCount() };
		StringBuilder html = new StringBuilder(512);
		html.append("<th scope=\"row\" class=\"fw-normal\"><a href=\"")
			.append(this.context.getContextPath())
			.append("/schools/")
			.append(school.schoolId())
			.append("/documents?year=")
			.append(programme.id())
			.append("\">")
			.append(HtmlUtils.htmlEscape(school.schoolName()))
			.append("</a>");
		if (row.curators() != null && !row.curators().isEmpty()) {
			html.append("<div class=\"small text-secondary\">")
				.append(HtmlUtils.htmlEscape(row.curators()))
				.append("</div>");
		}
		html.append("</th><td class=\"text-nowrap summary\" title=\"")
			.append(HtmlUtils.htmlEscape(progress.format(counts)))
			.append("\">")
			.append(HtmlUtils.htmlEscape(approvedOf.format(counts)))
			.append("</td>");
		for (MonitoringRow.Cell cell : row.cells(columns, markup)) {
			html.append(cell.overdue() ? "<td class=\"overdue\">" : "<td>").append(cell.html()).append("</td>");
		}
		return html.toString();
	}

	/**
	 * A message's format, as the message source would make it for each call with
	 * arguments.
	 */
	private java.text.MessageFormat format(String key, java.util.Locale locale) {
		return new java.text.MessageFormat(this.messages.getMessage(key, null, locale), locale);
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
	 * The active curators the user may see, by school: a coordinator's of the programme
	 * year's participants (ids in one query, names in another, whatever the number of
	 * schools), a curator's own assignments; and the curators' names by id (the filter).
	 */
	private Curators curators(CurrentUser user, ProgrammeYearSummary programme) {
		Map<Long, Map<Long, String>> bySchool = new java.util.HashMap<>();
		if (user.is(Role.COORDINATOR)) {
			Map<Long, List<Long>> ids = this.assignments.activeCuratorsOf(programme.participantIds());
			Map<Long, PersonSummary> people = this.users
				.people(ids.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
			ids.forEach((school, curatorIds) -> curatorIds.stream()
				.filter(people::containsKey)
				.forEach((c) -> bySchool.computeIfAbsent(school, (k) -> new java.util.HashMap<>())
					.put(c, people.get(c).fullName())));
		}
		else if (user.is(Role.CURATOR)) {
			this.assignments.myAssignments()
				.stream()
				.filter(AssignmentView::active)
				.forEach((a) -> bySchool.computeIfAbsent(a.schoolId(), (k) -> new java.util.HashMap<>())
					.put(a.curatorId(), a.curatorName()));
		}
		Map<Long, String> names = new java.util.TreeMap<>();
		bySchool.values().forEach(names::putAll);
		return new Curators(bySchool, names);
	}

	/**
	 * Active curators by school (curator id → name), and every one of them by id.
	 */
	private record Curators(Map<Long, Map<Long, String>> bySchool, Map<Long, String> names) {

	}

}
