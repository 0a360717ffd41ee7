package ru.opora.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.opora.common.PagedResult;
import ru.opora.common.SheetNames;
import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * «Анализ школ»: every visible school with its group, trend and filters; the scatter
 * chart (its data as JSON); the XLSX export; and, for the coordinator, marking the
 * participants of a programme year.
 */
@Controller
@RequestMapping("/analysis")
@RequiredArgsConstructor
class AnalysisController {

	/** Rows shown in the table and points in the chart; the export has them all. */
	static final int MAX_SHOWN = 1000;

	/**
	 * Table rows per page (the filters and the page are kept in the query string; the
	 * counts, the chart and the XLSX export cover every school): well under 200 KB of
	 * HTML.
	 */
	static final int PAGE_SIZE = 50;

	static final Map<SchoolGroup, String> COLOURS = Map.of(SchoolGroup.STRONG, "#2e7d32", SchoolGroup.RESILIENT,
			"#1565c0", SchoolGroup.RISK_ZONE, "#f9a825", SchoolGroup.LOW_ADVERSE, "#c62828", SchoolGroup.NO_DATA,
			"#9aa5b1");

	private final AnalysisService analysis;

	private final AnalysisImportService imports;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final MessageSource messages;

	@GetMapping
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long municipality,
			@RequestParam(required = false) SchoolGroup group, @RequestParam(required = false) Boolean persistent,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Integer page, CurrentUser user, Locale locale, HttpServletRequest request,
			Model model) {
		AnalysisFilter filter = new AnalysisFilter(year, municipality, group, persistent, q);
		AnalysisOverview overview = this.analysis.overview(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("overview", overview);
		PagedResult<OverviewRow> result = PagedResult.slice(overview.rows(), page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("groups", SchoolGroup.values());
		List<MunicipalityOption> municipalities = this.schools.visibleMunicipalities();
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("canImport", this.imports.canImport());
		model.addAttribute("query", ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery());
		// the years' headers (one statement, no participants), then the participants of
		// the chosen year alone: the municipality's years as entities with every year's
		// participants were the page's costliest statement (docs/benchmarks.md, step 10c)
		List<ProgrammeYearSummary> years = user.is(Role.COORDINATOR) ? this.programmes.visibleYearHeaders() : List.of();
		ProgrammeYearSummary chosen = years.stream()
			.filter((p) -> (programme != null) ? p.id().equals(programme) : !p.closed())
			.findFirst()
			.map((p) -> this.programmes.year(p.id()))
			.orElse(null);
		model.addAttribute("programmeYears", years);
		model.addAttribute("programme", chosen);
		List<OverviewRowView> rows = OverviewRowView.of(result.content(),
				(id) -> chosen != null && chosen.hasParticipant(id), this.messages, locale);
		model.addAttribute("rows", rows);
		model.addAttribute("rowsHtml", OverviewRowView.html(rows, request.getContextPath(), chosen != null,
				municipalities.size() > 1, msg("analysis.persistentlyLow", locale)));
		return "analysis/overview";
	}

	@GetMapping("/chart")
	@ResponseBody
	ChartData chart(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long municipality,
			@RequestParam(required = false) SchoolGroup group, @RequestParam(required = false) Boolean persistent,
			@RequestParam(required = false) String q, Locale locale) {
		AnalysisOverview overview = this.analysis
			.overview(new AnalysisFilter(year, municipality, group, persistent, q));
		List<ChartData.Point> points = new ArrayList<>();
		for (OverviewRow row : overview.rows()) {
			YearClassification c = row.current();
			if (c == null || c.wellbeingIndex() == null || c.results() == null || c.results().counted() == 0) {
				continue;
			}
			BigDecimal y = (c.decisiveShare() != null) ? c.decisiveShare() : BigDecimal.ZERO;
			points.add(new ChartData.Point(row.school().id(), row.school().shortName(), c.wellbeingIndex(), y,
					c.group().name(), c.persistentlyLow(), "/schools/" + row.school().id() + "/analysis",
					c.decisiveShare()));
			if (points.size() >= MAX_SHOWN) {
				break;
			}
		}
		List<ChartData.Group> groups = new ArrayList<>();
		for (SchoolGroup g : SchoolGroup.values()) {
			groups.add(new ChartData.Group(g.name(), msg("SchoolGroup." + g.name(), locale), COLOURS.get(g)));
		}
		ClassificationParameters rule = overview.rule();
		BigDecimal wellbeing = (rule != null) ? rule.wellbeingThreshold() : null;
		BigDecimal lowShare = (rule != null) ? rule.lowShareThreshold() : null;
		return new ChartData(overview.year(), wellbeing, lowShare, groups, points,
				new ChartData.Labels(msg("analysis.chart.x", locale),
						this.messages.getMessage("analysis.chart.y",
								new Object[] { (rule != null) ? rule.minLowAssessments() : 2 }, locale),
						msg("SchoolGroup.STRONG", locale), msg("SchoolGroup.RESILIENT", locale),
						msg("SchoolGroup.RISK_ZONE", locale), msg("SchoolGroup.LOW_ADVERSE", locale),
						msg("analysis.persistentlyLow", locale), msg("analysis.overview.wellbeing", locale),
						msg("analysis.share.column", locale)));
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long municipality, @RequestParam(required = false) SchoolGroup group,
			@RequestParam(required = false) Boolean persistent, @RequestParam(required = false) String q, Locale locale)
			throws IOException {
		AnalysisOverview overview = this.analysis
			.overview(new AnalysisFilter(year, municipality, group, persistent, q));
		byte[] bytes = xlsx(overview, locale);
		String name = msg("analysis.export.fileName", locale) + "-" + overview.year() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(AnalysisImportController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	/**
	 * Marks the participants of a programme year among the schools shown: the shown ones
	 * checked become participants, the shown ones unchecked stop being participants, and
	 * participants not shown (filtered out) stay.
	 */
	@PostMapping("/participants")
	String participants(@RequestParam Long programme, @RequestParam long version,
			@RequestParam(name = "shownIds", required = false) Set<Long> shownIds,
			@RequestParam(name = "participantIds", required = false) Set<Long> participantIds,
			@RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
		ProgrammeYearSummary year = this.programmes.year(programme);
		Set<Long> shown = (shownIds != null) ? shownIds : Set.of();
		Set<Long> checked = (participantIds != null) ? participantIds : Set.of();
		Set<Long> next = new HashSet<>(year.participantIds());
		next.removeAll(shown);
		checked.stream().filter(shown::contains).forEach(next::add);
		try {
			this.programmes.update(programme, version, year.documentsDue(), next);
			FlashMessage.success(redirect, "analysis.participants.saved", year.title(), next.size());
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		String query = (back != null && back.matches("[\\w=&%.,+\\-]*")) ? back : "";
		return "redirect:/analysis" + (query.isEmpty() ? "" : "?" + query);
	}

	private byte[] xlsx(AnalysisOverview overview, Locale locale) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook
				.createSheet(SheetNames.safe(msg("analysis.export.sheet", locale) + " " + overview.year()));
			String[] titles = { "analysis.export.school", "analysis.export.fullName", "analysis.export.municipality",
					"analysis.export.year", "analysis.export.counted", "analysis.export.low", "analysis.share.column",
					"analysis.export.wellbeing", "analysis.export.group", "analysis.export.persistent",
					"analysis.export.lowYears", "analysis.export.trend" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(msg(titles[i], locale));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 1;
			for (OverviewRow row : overview.rows()) {
				Row line = sheet.createRow(r++);
				YearClassification c = row.current();
				line.createCell(0).setCellValue(row.school().shortName());
				line.createCell(1).setCellValue(row.school().name());
				line.createCell(2).setCellValue(row.school().municipalityName());
				line.createCell(3).setCellValue(overview.year());
				if (c != null && c.results() != null) {
					line.createCell(4).setCellValue(c.results().counted());
					line.createCell(5).setCellValue(c.results().low());
				}
				if (c != null && c.decisiveShare() != null) {
					line.createCell(6).setCellValue(c.decisiveShare().doubleValue());
				}
				if (c != null && c.wellbeingIndex() != null) {
					line.createCell(7).setCellValue(c.wellbeingIndex().doubleValue());
				}
				line.createCell(8).setCellValue(msg("SchoolGroup." + row.group().name(), locale));
				line.createCell(9).setCellValue(msg(row.persistentlyLow() ? "common.yes" : "common.no", locale));
				line.createCell(10).setCellValue((c != null) ? c.lowYearsRunning() : 0);
				line.createCell(11).setCellValue(msg("Trend." + row.trend().name(), locale));
			}
			sheet.createFreezePane(0, 1);
			sheet.setColumnWidth(0, 30 * 256);
			sheet.setColumnWidth(1, 45 * 256);
			sheet.setColumnWidth(2, 30 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
