package ru.opora.riskprofile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import ru.opora.common.RuleViolationException;
import ru.opora.common.SheetNames;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.tabular.ImportReport;
import ru.opora.web.FlashMessage;

/**
 * Risk profiles of a programme year: the list with the coordinator's import, each
 * participant's profile with its verification and choice of factors, and the heat map.
 */
@Controller
@RequiredArgsConstructor
class RiskProfileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RiskProfileService profiles;

	private final RiskProfileImportService imports;

	private final RiskFactorService factors;

	private final ProgrammeService programmes;

	private final MessageSource messages;

	private final jakarta.servlet.ServletContext context;

	@GetMapping("/programmes/{yearId}/profiles")
	String list(@PathVariable Long yearId, @RequestParam(required = false) Integer page, Model model) {
		return showList(yearId, null, page, model);
	}

	@PostMapping("/programmes/{yearId}/profiles/import")
	String importFile(@PathVariable Long yearId, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		ImportReport report;
		if (file == null || file.isEmpty()) {
			report = this.imports.importProfiles(yearId, (file != null) ? file.getOriginalFilename() : null,
					new ByteArrayInputStream(new byte[0]));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				report = this.imports.importProfiles(yearId, file.getOriginalFilename(), in);
			}
		}
		return showList(yearId, report, null, model);
	}

	@GetMapping("/programmes/{yearId}/profiles/template.{format}")
	ResponseEntity<byte[]> template(@PathVariable Long yearId, @PathVariable String format) throws IOException {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		if (!this.imports.canImport(year)) {
			throw new AccessDeniedException("Only the coordinator imports risk profiles");
		}
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			throw new RiskProfileNotFoundException(format);
		}
		byte[] body = xlsx ? xlsxTemplate(year)
				: ("\uFEFF" + String.join(";", RiskProfileImportService.COLUMNS.stream().map((c) -> c.title()).toList())
						+ "\r\n")
					.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(this.messages.getMessage("riskprofile.template.file", null, LocaleContextHolder.getLocale())
						+ "." + format, StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(body);
	}

	@GetMapping("/programmes/{yearId}/schools/{schoolId}/profile")
	String profile(@PathVariable Long yearId, @PathVariable Long schoolId, Model model) {
		model.addAttribute("profile", this.profiles.details(yearId, schoolId));
		model.addAttribute("significances", Significance.values());
		return "riskprofile/profile";
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/profile/confirm")
	String confirm(@PathVariable Long yearId, @PathVariable Long schoolId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.profiles.confirm(yearId, schoolId, version);
			FlashMessage.success(redirect, "riskprofile.profile.confirmed");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return redirectToProfile(yearId, schoolId);
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/profile/change")
	String change(@PathVariable Long yearId, @PathVariable Long schoolId, @RequestParam long version,
			@RequestParam Long factorId, @RequestParam Significance significance,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.profiles.change(yearId, schoolId, version, factorId, significance, reason);
			FlashMessage.success(redirect, "riskprofile.profile.changed");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), RiskProfile.MIN_REASON);
		}
		return redirectToProfile(yearId, schoolId);
	}

	@PostMapping("/programmes/{yearId}/schools/{schoolId}/profile/choose")
	String choose(@PathVariable Long yearId, @PathVariable Long schoolId,
			@RequestParam(name = "factorIds", required = false) Set<Long> factorIds, RedirectAttributes redirect) {
		try {
			this.profiles.choose(yearId, schoolId, (factorIds != null) ? factorIds : new HashSet<>());
			FlashMessage.success(redirect, "riskprofile.factors.saved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), this.factors.maxChosen());
			// the form shows the ticks the user made, not the saved ones
			redirect.addFlashAttribute("submittedFactorIds", (factorIds != null) ? factorIds : Set.of());
		}
		return redirectToProfile(yearId, schoolId);
	}

	@GetMapping("/programmes/{yearId}/heatmap")
	String heatMap(@PathVariable Long yearId, Model model) {
		model.addAttribute("map", this.profiles.heatMap(yearId));
		return "riskprofile/heatmap";
	}

	@GetMapping("/programmes/{yearId}/heatmap/export")
	ResponseEntity<byte[]> heatMapExport(@PathVariable Long yearId, Locale locale) throws IOException {
		HeatMap map = this.profiles.heatMap(yearId);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			Sheet sheet = workbook.createSheet(SheetNames.safe(msg("riskprofile.heatmap.sheet", locale)));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(msg("riskprofile.heatmap.school", locale));
			header.getCell(0).setCellStyle(bold);
			for (int i = 0; i < map.factors().size(); i++) {
				header.createCell(i + 1).setCellValue(map.factors().get(i).label());
				header.getCell(i + 1).setCellStyle(bold);
				sheet.setColumnWidth(i + 1, 22 * 256);
			}
			int r = 1;
			for (HeatMap.Row row : map.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.schoolName());
				for (int i = 0; i < map.factors().size(); i++) {
					Significance s = row.cell(map.factors().get(i).id());
					line.createCell(i + 1)
						.setCellValue((s != null) ? msg("Significance." + s.name(), locale)
								: msg("riskprofile.heatmap.noProfile", locale));
				}
			}
			r++;
			for (String kind : new String[] { "HIGH", "MEDIUM", "LOW" }) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(msg("riskprofile.heatmap.count." + kind, locale));
				for (int i = 0; i < map.counts().size(); i++) {
					HeatMap.FactorCount c = map.counts().get(i);
					line.createCell(i + 1).setCellValue(switch (kind) {
						case "HIGH" -> c.high();
						case "MEDIUM" -> c.medium();
						default -> c.low();
					});
				}
			}
			sheet.setColumnWidth(0, 32 * 256);
			sheet.createFreezePane(1, 1);
			workbook.write(out);
			String name = msg("riskprofile.heatmap.fileName", locale) + ".xlsx";
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.body(out.toByteArray());
		}
	}

	private String showList(Long yearId, ImportReport report, Integer page, Model model) {
		ProgrammeYearSummary year = this.programmes.year(yearId);
		// the year read (and its access checked) once, handed to the statuses
		RiskProfileService.ProfileStatuses statuses = this.profiles.statuses(year, page);
		model.addAttribute("programme", year);
		model.addAttribute("statuses", statuses.page().content());
		model.addAttribute("rowsHtml", rowsHtml(this.context.getContextPath(), year.id(), statuses.page().content(),
				this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("result", statuses.page());
		model.addAttribute("profileCounts", statuses);
		model.addAttribute("canImport", this.imports.canImport(year));
		model.addAttribute("columns", RiskProfileImportService.COLUMNS);
		model.addAttribute("report", report);
		return "riskprofile/profiles";
	}

	/**
	 * The table's rows as the template wrote them, every text escaped: 50 rows through
	 * Thymeleaf were a sixth of the page's CPU (docs/benchmarks.md, step 9d).
	 */
	static String rowsHtml(String contextPath, Long yearId, List<ProfileStatus> rows, MessageSource messages,
			Locale locale) {
		String link = HtmlUtils.htmlEscape(contextPath + "/programmes/" + yearId + "/schools/", "UTF-8");
		String yes = escapedMessage(messages, "common.yes", locale);
		String no = escapedMessage(messages, "common.no", locale);
		String none = escapedMessage(messages, "riskprofile.profiles.noProfile", locale);
		Map<ProfileSource, String> sources = new EnumMap<>(ProfileSource.class);
		for (ProfileSource source : ProfileSource.values()) {
			sources.put(source, escapedMessage(messages, "ProfileSource." + source.name(), locale));
		}
		StringBuilder out = new StringBuilder(rows.size() * 300);
		for (ProfileStatus s : rows) {
			out.append("<tr>\n<td><a href=\"")
				.append(link)
				.append(s.schoolId())
				.append("/profile\">")
				.append(HtmlUtils.htmlEscape(s.schoolName(), "UTF-8"))
				.append("</a></td>\n<td>")
				.append(s.exists() ? sources.get(s.source()) : none)
				.append("</td>\n<td>")
				.append(s.schoolConfirmed() ? yes : no)
				.append("</td>\n<td>")
				.append(s.curatorConfirmed() ? yes : no)
				.append("</td>\n<td class=\"num\">")
				.append(s.chosen())
				.append("</td>\n</tr>\n");
		}
		return out.toString();
	}

	private static String escapedMessage(MessageSource messages, String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
	}

	private byte[] xlsxTemplate(ProgrammeYearSummary year) throws IOException {
		Locale ru = Locale.forLanguageTag("ru");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet data = workbook.createSheet(SheetNames.safe(msg("analysis.template.dataSheet", ru)));
			Row header = data.createRow(0);
			for (int i = 0; i < RiskProfileImportService.COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(RiskProfileImportService.COLUMNS.get(i).title());
				header.getCell(i).setCellStyle(bold);
				data.setColumnWidth(i, ((i == 1) ? 60 : 30) * 256);
			}
			Sheet help = workbook.createSheet(SheetNames.safe(msg("analysis.template.helpSheet", ru)));
			int r = 0;
			for (var column : RiskProfileImportService.COLUMNS) {
				Row row = help.createRow(r++);
				row.createCell(0).setCellValue(column.title());
				row.getCell(0).setCellStyle(bold);
				row.createCell(1).setCellValue(msg(column.hintKey(), ru));
			}
			r++;
			Row title = help.createRow(r++);
			title.createCell(0).setCellValue(msg("riskprofile.import.catalogue", ru) + " " + year.year());
			title.getCell(0).setCellStyle(bold);
			for (RiskFactorView f : this.factors.catalogueFor(year.year())) {
				Row row = help.createRow(r++);
				row.createCell(0).setCellValue(f.number());
				row.createCell(1).setCellValue(f.name());
			}
			help.setColumnWidth(0, 20 * 256);
			help.setColumnWidth(1, 90 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String redirectToProfile(Long yearId, Long schoolId) {
		return "redirect:/programmes/" + yearId + "/schools/" + schoolId + "/profile";
	}

}
