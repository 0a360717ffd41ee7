package ru.opora.dashboard;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.schools.MunicipalityStats;
import ru.opora.schools.SchoolSearch;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;

/**
 * «Главная»: what each role starts its day with.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final SchoolService schools;

	private final CuratorAssignmentService assignments;

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		return switch (user.role()) {
			case ADMIN -> "redirect:/admin/accounts";
			case SCHOOL -> "redirect:/schools/" + user.schoolId();
			case COORDINATOR -> coordinator(user, model);
			case CURATOR -> curator(model);
			case REGIONAL_OBSERVER -> observer(user, model);
		};
	}

	private String coordinator(CurrentUser user, Model model) {
		// a summary with links: one aggregate per panel, nothing per school; the
		// municipality's name comes with its counts
		MunicipalityStats stats = this.schools.municipalityStats(user.municipalityId()).orElse(null);
		model.addAttribute("stats", stats);
		model.addAttribute("withoutCurator", (stats != null) ? this.assignments.schoolsWithoutCurator() : 0L);
		return "dashboard/coordinator";
	}

	private String curator(Model model) {
		model.addAttribute("assignments", this.assignments.myAssignments());
		model.addAttribute("schools", this.schools.visibleSchools(SchoolSearch.none()));
		return "dashboard/curator";
	}

	private String observer(CurrentUser user, Model model) {
		model.addAttribute("stats", this.schools.regionStats(user.regionId()));
		model.addAttribute("regionName",
				this.schools.visibleMunicipalities().stream().findFirst().map((m) -> m.regionName()).orElse(""));
		return "dashboard/observer";
	}

}
