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

	@GetMapping("/programmes/{id}/documents")
	String monitoring(@PathVariable Long id, @RequestParam(required = false) DocumentStatus status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
		// paged: a municipality may have hundreds of participants (the XLSX export has
		// them all)
		PagedResult<SchoolChecklist> result = PagedResult.slice(filtered(id, status, curator, kind, user), page,
				PAGE_SIZE);
		model.addAttribute("programme", this.programmes.year(id));
		model.addAttribute("rows", result.content());
		model.addAttribute("result", result);
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("curators", curatorNames(user));
		model.addAttribute("status", status);
		model.addAttribute("curator", curator);
		model.addAttribute("kind", kind);
		return "documents/monitoring";
	}

	@GetMapping("/programmes/{id}/documents.xlsx")
	void export(@PathVariable Long id, @RequestParam(required = false) DocumentStatus status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			CurrentUser user, HttpServletResponse response) throws IOException {
		var programme = this.programmes.year(id);
		List<SchoolChecklist> rows = filtered(id, status, curator, kind, user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(programme.title() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		this.workbook.write(programme, rows, response.getOutputStream());
	}

	private List<SchoolChecklist> filtered(Long id, DocumentStatus status, Long curator, DocumentKind kind,
			CurrentUser user) {
		Set<Long> curatedSchools = (curator == null) ? null
				: curatorAssignments(user).stream()
					.filter((a) -> a.active() && a.curatorId().equals(curator))
					.map(AssignmentView::schoolId)
					.collect(Collectors.toSet());
		return this.documents.monitoring(id)
			.stream()
			.filter((c) -> curatedSchools == null || curatedSchools.contains(c.schoolId()))
			.map((c) -> new SchoolChecklist(c.programmeYearId(), c.programmeTitle(), c.schoolId(), c.schoolName(),
					c.items()
						.stream()
						.filter((i) -> kind == null || i.kind() == kind)
						.filter((i) -> status == null || i.status() == status)
						.toList(),
					c.canUpload()))
			.filter((c) -> (status == null && kind == null) || !c.items().isEmpty())
			.toList();
	}

	private List<AssignmentView> curatorAssignments(CurrentUser user) {
		return user.is(Role.COORDINATOR) ? this.assignments.municipalityAssignments() : List.of();
	}

	private Map<Long, String> curatorNames(CurrentUser user) {
		return curatorAssignments(user).stream()
			.filter(AssignmentView::active)
			.collect(Collectors.toMap(AssignmentView::curatorId, AssignmentView::curatorName, (a, b) -> a,
					java.util.TreeMap::new));
	}

}
