package ru.opora.teachers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * «Педагоги» in the menu: a school goes to its own teacher list; everyone else sees the
 * teachers' figures of their scope for an academic year (counts only) with the XLSX
 * export, and the coordinator also indicators 9–12, 15.
 */
@Controller
@RequiredArgsConstructor
class TeachersOverviewController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TeacherFiguresService figures;

	private final TeacherFiguresWorkbook workbook;

	private final MessageSource messages;

	@GetMapping("/teachers")
	String overview(@RequestParam(required = false) String year, @RequestParam(required = false) Long municipality,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		CurrentUser user = CurrentUser.require();
		if (user.is(Role.SCHOOL)) {
			return (user.schoolId() != null) ? "redirect:/schools/" + user.schoolId() + "/teachers" : "redirect:/";
		}
		TeacherFiguresReport report = this.figures.report(this.figures.yearOrCurrent(year));
		model.addAttribute("r", report);
		model.addAttribute("schools", report.schools(municipality, q, page));
		return "teachers/overview";
	}

	@GetMapping("/teachers/figures.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String year, Locale locale) {
		CurrentUser user = CurrentUser.require();
		if (user.is(Role.SCHOOL)) {
			throw new org.springframework.security.access.AccessDeniedException("Schools see their own list");
		}
		TeacherFiguresReport report = this.figures.report(this.figures.yearOrCurrent(year));
		byte[] bytes = this.workbook.write(report, locale);
		int schools = report.municipalities().stream().mapToInt((b) -> b.schools().size()).sum();
		this.figures.recordExport(report.year(), schools);
		String name = this.messages.getMessage("teachers.figures.fileName",
				new Object[] { report.yearLabel().replace('/', '-') }, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(XLSX)
			.body(bytes);
	}

}
