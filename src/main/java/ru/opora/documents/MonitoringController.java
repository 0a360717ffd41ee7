package ru.opora.documents;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.opora.common.PagedResult;
import ru.opora.programmes.ProgrammeYearSummary;
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

	private final DocumentMonitoring monitoring;

	private final DocumentsWorkbook workbook;

	private final MessageSource messages;

	private final ServletContext context;

	@GetMapping("/programmes/{id}/documents")
	String monitoring(@PathVariable Long id, @RequestParam(required = false) DocumentFilter status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) String view, @RequestParam(required = false) Integer page, CurrentUser user,
			Model model) {
		// paged in SQL: a municipality may have hundreds of participants, and only the
		// page's schools get their checklists (the XLSX export has them all); the year,
		// curators and checklists in one read-only transaction
		DocumentMonitoring.Page monitoring = this.monitoring.page(id, status, curator, kind, page, PAGE_SIZE);
		ProgrammeYearSummary programme = monitoring.programme();
		PagedResult<MonitoringRow> result = monitoring.rows();
		List<MonitoringRow> rows = result.content();
		List<DocumentKind> columns = (kind != null) ? List.of(kind) : List.of(DocumentKind.values());
		boolean cards = "cards".equals(view) || (!"matrix".equals(view) && result.totalElements() == 1);
		model.addAttribute("programme", programme);
		model.addAttribute("rows", rows);
		model.addAttribute("result", result);
		model.addAttribute("cards", cards);
		model.addAttribute("columns", columns);
		model.addAttribute("matrixRows", cards ? "" : MonitoringRows.html(programme.id(), rows, columns,
				this.context.getContextPath(), this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("statuses", DocumentFilter.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("curators", user.is(Role.COORDINATOR) ? monitoring.curators() : Map.of());
		model.addAttribute("status", status);
		model.addAttribute("curator", curator);
		model.addAttribute("kind", kind);
		return "documents/monitoring";
	}

	@GetMapping("/programmes/{id}/documents.xlsx")
	void export(@PathVariable Long id, @RequestParam(required = false) DocumentFilter status,
			@RequestParam(required = false) Long curator, @RequestParam(required = false) DocumentKind kind,
			HttpServletResponse response) throws IOException {
		DocumentMonitoring.Page monitoring = this.monitoring.page(id, status, curator, kind, null, Integer.MAX_VALUE);
		ProgrammeYearSummary programme = monitoring.programme();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(this.messages.getMessage("documents.monitoring.fileName", new Object[] { programme.title() },
					LocaleContextHolder.getLocale()) + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		this.workbook.write(programme, monitoring.rows().content(), response.getOutputStream());
	}

}
