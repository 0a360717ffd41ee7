package ru.opora.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.opora.common.PagedResult;
import ru.opora.mentoring.AssignmentView;
import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.schools.MunicipalityStats;
import ru.opora.schools.SchoolSearch;
import ru.opora.schools.SchoolService;
import ru.opora.schools.SchoolSummary;
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
	String home(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		return switch (user.role()) {
			case ADMIN -> "redirect:/admin/accounts";
			case SCHOOL -> "redirect:/schools/" + user.schoolId();
			case COORDINATOR -> coordinator(user, page, model);
			case CURATOR -> curator(model);
			case REGIONAL_OBSERVER -> observer(user, model);
		};
	}

	private String coordinator(CurrentUser user, Integer page, Model model) {
		// one page of schools: the municipality may have thousands (counts come from SQL)
		PagedResult<SchoolSummary> result = this.schools.search(SchoolSearch.none(), page);
		List<AssignmentView> active = this.assignments.municipalityAssignments()
			.stream()
			.filter(AssignmentView::active)
			.toList();
		Map<Long, List<AssignmentView>> curatorsBySchool = active.stream()
			.collect(Collectors.groupingBy(AssignmentView::schoolId));
		Set<Long> curated = curatorsBySchool.keySet();
		model.addAttribute("municipality", this.schools.municipality(user.municipalityId()).orElse(null));
		MunicipalityStats stats = this.schools.municipalityStats(user.municipalityId()).orElse(null);
		model.addAttribute("stats", stats);
		model.addAttribute("result", result);
		model.addAttribute("curatorsBySchool", curatorsBySchool);
		model.addAttribute("withoutCurator", (stats != null) ? stats.schools() - curated.size() : 0L);
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
