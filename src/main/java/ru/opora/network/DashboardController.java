package ru.opora.network;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * «Мониторинг сети»: the dashboard, its charts (JSON for Chart.js) and the XLSX export.
 */
@Controller
@RequiredArgsConstructor
class DashboardController {

	private final NetworkDashboardService dashboards;

	private final NetworkWorkbook workbook;

	private final MessageSource messages;

	@GetMapping("/networks/{id}/dashboard")
	String dashboard(@PathVariable Long id, Model model) {
		model.addAttribute("d", this.dashboards.dashboard(id));
		return "network/dashboard";
	}

	@GetMapping("/networks/{id}/dashboard/chart")
	@ResponseBody
	ChartSeries overviewChart(@PathVariable Long id) {
		return this.dashboards.overviewChart(id);
	}

	@GetMapping("/networks/pairs/{pairId}/chart")
	@ResponseBody
	ChartSeries pairChart(@PathVariable Long pairId) {
		return this.dashboards.pairChart(pairId);
	}

	@GetMapping("/networks/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable Long id, Locale locale) {
		NetworkSummary network = this.dashboards.dashboard(id).network();
		byte[] bytes = this.workbook.export(id, locale);
		String name = this.messages.getMessage("network.export.file", new Object[] { network.title() }, locale)
			.replaceAll("[\\\\/:*?\"<>|]", "-");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(bytes);
	}

}
