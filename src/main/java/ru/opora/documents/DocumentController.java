package ru.opora.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileRejectedException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * A school's checklist, a document's page, uploads, sending for review, downloads.
 */
@Controller
@RequiredArgsConstructor
class DocumentController {

	private final DocumentService documents;

	private final ProgrammeService programmes;

	@GetMapping("/documents")
	String mine(CurrentUser user) {
		if (user.is(Role.SCHOOL)) {
			return "redirect:/schools/" + user.schoolId() + "/documents";
		}
		if (user.is(Role.CURATOR) || user.is(Role.COORDINATOR)) {
			return "redirect:/review";
		}
		return "redirect:/programmes";
	}

	@GetMapping("/schools/{schoolId}/documents")
	String checklist(@PathVariable Long schoolId, @RequestParam(required = false) Long year, Model model) {
		// the years and the checklist in one read-only transaction
		DocumentService.ChecklistPage page = this.documents.checklistPage(schoolId, year);
		model.addAttribute("years", page.years());
		model.addAttribute("schoolId", schoolId);
		if (page.selected() != null) {
			model.addAttribute("checklist", page.checklist());
			model.addAttribute("selectedYear", page.selected());
		}
		model.addAttribute("maxMegabytes", this.documents.maxFileSizeMegabytes());
		return "documents/checklist";
	}

	@PostMapping("/schools/{schoolId}/documents")
	String upload(@PathVariable Long schoolId, @RequestParam Long year, @RequestParam DocumentKind kind,
			@RequestParam(required = false) Long riskFactorId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) throws IOException {
		String back = "redirect:/schools/" + schoolId + "/documents?year=" + year;
		if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
			FlashMessage.warning(redirect, "documents.upload.noFile");
			return back;
		}
		try (InputStream content = file.getInputStream()) {
			Long id = this.documents.upload(year, schoolId, kind, riskFactorId, originalName(file), content,
					trim(comment));
			FlashMessage.success(redirect, "documents.upload.done");
			return "redirect:/documents/" + id;
		}
		catch (FileRejectedException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), (ex.getArgument() != null) ? ex.getArgument() : "");
			return back;
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			return back;
		}
	}

	@GetMapping("/documents/{id}")
	String detail(@PathVariable Long id, Model model) {
		model.addAttribute("document", this.documents.details(id));
		model.addAttribute("maxMegabytes", this.documents.maxFileSizeMegabytes());
		return "documents/detail";
	}

	@PostMapping("/documents/{id}/versions")
	String newVersion(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) throws IOException {
		DocumentDetails document = this.documents.details(id);
		// a closed programme year says so instead of a bare refusal
		this.programmes.requireOpen(document.programmeYearId());
		if (!document.canUpload()) {
			throw new AccessDeniedException("No upload allowed on document " + id);
		}
		if (file == null || file.getOriginalFilename() == null) {
			FlashMessage.warning(redirect, "documents.upload.noFile");
			return "redirect:/documents/" + id;
		}
		try (InputStream content = file.getInputStream()) {
			this.documents.upload(document.programmeYearId(), document.schoolId(), document.kind(),
					riskFactorIdOf(document, id), originalName(file), content, trim(comment));
			FlashMessage.success(redirect, "documents.upload.done");
		}
		catch (FileRejectedException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), (ex.getArgument() != null) ? ex.getArgument() : "");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/documents/{id}/submit")
	String submit(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.documents.submit(id, version);
			FlashMessage.success(redirect, "documents.workflow.submitted");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/documents/" + id;
	}

	@GetMapping("/documents/{id}/versions/{number}/file")
	void download(@PathVariable Long id, @PathVariable int number, HttpServletResponse response) throws IOException {
		send(id, number, response, false);
	}

	@GetMapping("/documents/{id}/versions/{number}/inline")
	void inline(@PathVariable Long id, @PathVariable int number, HttpServletResponse response) throws IOException {
		send(id, number, response, true);
	}

	private void send(Long id, int number, HttpServletResponse response, boolean inline) throws IOException {
		DocumentService.VersionFile file = this.documents.versionFile(id, number);
		boolean showInline = inline && "application/pdf".equals(file.info().contentType());
		response.setContentType(file.info().contentType());
		response.setContentLengthLong(file.info().sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				(showInline ? ContentDisposition.inline() : ContentDisposition.attachment())
					.filename(file.info().originalName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		try (InputStream content = file.content()) {
			content.transferTo(response.getOutputStream());
		}
	}

	/**
	 * The risk factor of an anti-risk programme, read back from the checklist.
	 */
	private Long riskFactorIdOf(DocumentDetails document, Long id) {
		if (document.kind() != DocumentKind.ANTI_RISK_PROGRAMME) {
			return null;
		}
		return this.documents.checklist(document.programmeYearId(), document.schoolId())
			.items()
			.stream()
			.filter((i) -> id.equals(i.documentId()))
			.map((i) -> i.riskFactor().id())
			.findFirst()
			.orElse(null);
	}

	/**
	 * The file name as the user's system had it: browsers send «"» as «%22» (and line
	 * breaks as %0A/%0D) in multipart file names.
	 */
	static String originalName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return (name == null) ? null : name.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
	}

	private static String trim(String comment) {
		if (comment == null) {
			return null;
		}
		String value = comment.strip();
		return (value.length() > 1000) ? value.substring(0, 1000) : value;
	}

}
