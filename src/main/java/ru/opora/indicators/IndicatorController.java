package ru.opora.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileDownloads;
import ru.opora.files.FileRejectedException;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * «Показатели проекта»: the municipality's page with targets, values, status and trend;
 * how a computed value was computed; the coordinator's forms; the region's comparison;
 * XLSX and PDF.
 */
@Controller
@RequiredArgsConstructor
class IndicatorController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final IndicatorService indicators;

	private final IndicatorWorkbook workbook;

	private final IndicatorPdf pdf;

	private final MessageSource messages;

	private final ValueFormat format;

	private final jakarta.servlet.ServletContext context;

	@GetMapping("/indicators")
	String page(@RequestParam(required = false) Long municipality, @RequestParam(required = false) String period,
			CsrfToken csrf, Locale locale, Model model) {
		CurrentUser user = CurrentUser.require();
		if (municipality == null && (user.is(Role.REGIONAL_OBSERVER) || user.is(Role.ADMIN))) {
			return "redirect:/indicators/region";
		}
		IndicatorPage page = this.indicators.page(municipality, period);
		model.addAttribute("p", page);
		if (page.period() != null) {
			// the rows written in Java (docs/benchmarks.md, step 9d)
			String csrfField = (csrf != null) ? IndicatorRowsHtml.csrfField(csrf.getParameterName(), csrf.getToken())
					: "";
			model.addAttribute("rowsHtml", new IndicatorRowsHtml(this.messages, this.format, locale).pageRows(page,
					this.context.getContextPath(), csrfField));
		}
		return "indicators/page";
	}

	@GetMapping("/indicators/{yearId}/{checkpoint}/{slug}")
	String details(@PathVariable Long yearId, @PathVariable Checkpoint checkpoint, @PathVariable String slug,
			Model model) {
		model.addAttribute("d", this.indicators.details(yearId, checkpoint, code(slug)));
		return "indicators/details";
	}

	@PostMapping("/indicators/{yearId}/{checkpoint}/{slug}/target")
	String target(@PathVariable Long yearId, @PathVariable Checkpoint checkpoint, @PathVariable String slug,
			@RequestParam(required = false) String target, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			this.indicators.setTarget(yearId, checkpoint, code(slug), target, version);
			FlashMessage.success(redirect, "indicators.saved.target", code(slug));
		}
		catch (RuleViolationException ex) {
			refused(redirect, ex, code(slug));
		}
		return back(yearId, checkpoint, slug);
	}

	@PostMapping("/indicators/{yearId}/{checkpoint}/{slug}/value")
	String value(@PathVariable Long yearId, @PathVariable Checkpoint checkpoint, @PathVariable String slug,
			@RequestParam(required = false) String value, @RequestParam(required = false) String comment,
			@RequestParam(required = false) MultipartFile evidence, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			IndicatorService.Upload upload = null;
			if (evidence != null && !evidence.isEmpty()) {
				upload = new IndicatorService.Upload(evidence.getOriginalFilename(), evidence.getInputStream());
			}
			this.indicators.setValue(yearId, checkpoint, code(slug), value, comment, upload, version);
			FlashMessage.success(redirect, "indicators.saved.value", code(slug));
		}
		catch (RuleViolationException ex) {
			refused(redirect, ex, code(slug));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return back(yearId, checkpoint, slug);
	}

	@PostMapping("/indicators/public/{slug}")
	String shown(@PathVariable String slug, @RequestParam boolean shown, @RequestParam(required = false) String period,
			RedirectAttributes redirect) {
		try {
			this.indicators.setPublic(code(slug), shown);
			FlashMessage.success(redirect, shown ? "indicators.saved.public" : "indicators.saved.private", code(slug));
		}
		catch (RuleViolationException ex) {
			refused(redirect, ex, code(slug));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/indicators")
			.queryParamIfPresent("period", java.util.Optional.ofNullable(period))
			.fragment("indicator-" + slug)
			.build()
			.toUriString();
	}

	@GetMapping("/indicators/evidence/{entryId}")
	ResponseEntity<byte[]> evidence(@PathVariable Long entryId) {
		IndicatorService.Evidence e = this.indicators.evidence(entryId);
		return FileDownloads.attachment(e.info(), e.content());
	}

	@GetMapping("/indicators/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long municipality,
			@RequestParam(required = false) String period, Locale locale) {
		IndicatorPage page = this.indicators.page(municipality, period);
		return download(this.workbook.write(page, locale), "indicators.export.fileName", page, locale, XLSX, "xlsx");
	}

	@GetMapping("/indicators/report.pdf")
	ResponseEntity<byte[]> report(@RequestParam(required = false) Long municipality,
			@RequestParam(required = false) String period, Locale locale) {
		IndicatorPage page = this.indicators.page(municipality, period);
		return download(this.pdf.print(page, locale), "indicators.report.fileName", page, locale,
				MediaType.APPLICATION_PDF, "pdf");
	}

	@GetMapping("/indicators/region")
	String region(@RequestParam(required = false) Long region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Checkpoint checkpoint, Locale locale, Model model) {
		IndicatorComparison c = this.indicators.comparison(region, year, checkpoint);
		model.addAttribute("c", c);
		model.addAttribute("rowsHtml", new IndicatorRowsHtml(this.messages, this.format, locale).regionRows(c));
		return "indicators/region";
	}

	@GetMapping("/indicators/region.xlsx")
	ResponseEntity<byte[]> regionExport(@RequestParam(required = false) Long region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Checkpoint checkpoint,
			Locale locale) {
		IndicatorComparison c = this.indicators.comparison(region, year, checkpoint);
		String name = this.messages.getMessage("indicators.region.fileName",
				new Object[] { c.regionName(c.regionId()), c.year() }, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(XLSX)
			.body(this.workbook.write(c, locale));
	}

	private ResponseEntity<byte[]> download(byte[] bytes, String key, IndicatorPage page, Locale locale, MediaType type,
			String extension) {
		String periodText = (page.period() != null)
				? page.period().title() + " "
						+ this.messages.getMessage("Checkpoint." + page.period().checkpoint().name(), null, locale)
				: "";
		String name = this.messages.getMessage(key, new Object[] { page.municipality().name(), periodText }, locale)
			.replace('/', '-')
			.trim();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(bytes);
	}

	private static void refused(RedirectAttributes redirect, RuleViolationException ex, String code) {
		if (ex instanceof FileRejectedException file && file.getArgument() != null) {
			FlashMessage.warning(redirect, ex.getMessageKey(), file.getArgument());
		}
		else {
			FlashMessage.warning(redirect, ex.getMessageKey(), code);
		}
	}

	private static String back(Long yearId, Checkpoint checkpoint, String slug) {
		return "redirect:/indicators?period=" + yearId + "-" + checkpoint.name() + "#indicator-" + slug;
	}

	static String code(String slug) {
		return slug.replace('-', '.');
	}

}
