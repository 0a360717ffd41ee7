package ru.opora.roadmap;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.opora.programmes.ProgrammeService;

/**
 * The monitoring page: every participant's road map of a programme year side by side.
 */
@Controller
@RequiredArgsConstructor
class RoadMapMonitoringController {

	private final RoadMapMonitoring monitoring;

	private final ProgrammeService programmes;

	@GetMapping("/programmes/{yearId}/roadmaps")
	String monitoring(@PathVariable Long yearId, @RequestParam(required = false) Integer page, Model model) {
		RoadMapMonitoring.MonitoringPage monitoring = this.monitoring.monitoring(yearId, page);
		model.addAttribute("rows", monitoring.rows().content());
		model.addAttribute("result", monitoring.rows());
		model.addAttribute("summary", monitoring.summary());
		model.addAttribute("programme", this.programmes.year(yearId));
		return "roadmap/monitoring";
	}

}
