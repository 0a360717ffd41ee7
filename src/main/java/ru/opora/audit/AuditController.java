package ru.opora.audit;

import java.time.LocalDate;
import java.util.Arrays;

import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's view of the audit log ({@code /admin/**} is admin-only).
 */
@Controller
@RequestMapping("/admin/audit")
@RequiredArgsConstructor
class AuditController {

	private final AuditLog auditLog;

	@GetMapping
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		AuditSearch search = new AuditSearch(username, action, entityType, from, to);
		model.addAttribute("search", search);
		model.addAttribute("result", this.auditLog.search(search, page));
		model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(Enum::name).toList());
		return "audit/list";
	}

}
