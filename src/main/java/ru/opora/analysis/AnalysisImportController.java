package ru.opora.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ru.opora.common.NotFoundException;
import ru.opora.tabular.ImportReport;

/**
 * «Загрузка данных»: results and social passports from XLSX or CSV, with templates and a
 * report of every problem.
 */
@Controller
@RequestMapping("/analysis/import")
@RequiredArgsConstructor
class AnalysisImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MessageSource messages;

	private final AnalysisImportService imports;

	private final ImportTemplates templates;

	@GetMapping
	String page(Model model) {
		return show(null, model);
	}

	@PostMapping("/{kind}")
	String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		ImportKind importKind = kind(kind);
		requireImporter();
		ImportReport report;
		if (file == null || file.isEmpty()) {
			report = this.imports.importFile(importKind, (file != null) ? file.getOriginalFilename() : null,
					new ByteArrayInputStream(new byte[0]));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				report = this.imports.importFile(importKind, file.getOriginalFilename(), in);
			}
		}
		return show(report, model);
	}

	@GetMapping("/template/{kind}.{format}")
	ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String format) {
		ImportKind importKind = kind(kind);
		requireImporter();
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new NotFoundException("error.notFound.page", format);
		}
		String name = this.messages.getMessage((importKind == ImportKind.RESULTS) ? "analysis.template.resultsFile"
				: "analysis.template.passportsFile", null, LocaleContextHolder.getLocale()) + "." + format;
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(xlsx ? this.templates.xlsx(importKind) : this.templates.csv(importKind));
	}

	private String show(ImportReport report, Model model) {
		requireImporter();
		model.addAttribute("report", report);
		model.addAttribute("resultColumns", ResultsFormat.COLUMNS);
		model.addAttribute("passportColumns", PassportsFormat.COLUMNS);
		model.addAttribute("recent", this.imports.recentImports());
		return "analysis/import";
	}

	private void requireImporter() {
		if (!this.imports.canImport()) {
			throw new AccessDeniedException("Import is for coordinators and administrators");
		}
	}

	static ImportKind kind(String path) {
		return switch (path.toLowerCase(Locale.ROOT)) {
			case "results" -> ImportKind.RESULTS;
			case "passports" -> ImportKind.PASSPORTS;
			default -> throw new NotFoundException("error.notFound.page", path);
		};
	}

}
