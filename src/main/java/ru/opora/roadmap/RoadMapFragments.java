package ru.opora.roadmap;

import java.util.Set;

import jakarta.servlet.ServletContext;
import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The road map's page and the HTMX fragments the road-map controllers answer with: the
 * whole table after a structural change, one row after a cell save. The table is written
 * in Java ({@link RoadMapTable}) and put in the model as {@code tableHtml}.
 */
@Component
@RequiredArgsConstructor
class RoadMapFragments {

	static final String FRAGMENTS = "roadmap/fragments";

	private final RoadMapService roadMaps;

	private final RoadMapSectionService sections;

	private final RoadMapTable table;

	private final ServletContext context;

	/**
	 * The road map's page: everything it shows from one read-only transaction
	 * ({@link RoadMapSectionService#page}).
	 */
	String page(Long id, Model model) {
		RoadMapPage page = this.sections.page(id);
		model.addAttribute("rm", page.details());
		model.addAttribute("missingFactors", page.missingFactors());
		model.addAttribute("unchosenSections", page.unchosenSections());
		model.addAttribute("tableHtml", tableHtml(page.details(), page.unchosenSections(), model));
		return "roadmap/page";
	}

	/**
	 * The table alone, as structural changes answer (HTMX swaps it whole): from the same
	 * read as the page, so it marks the sections of factors no longer chosen as the page
	 * does.
	 */
	String table(Long id, Model model) {
		RoadMapPage page = this.sections.page(id);
		model.addAttribute("rm", page.details());
		model.addAttribute("tableHtml", tableHtml(page.details(), page.unchosenSections(), model));
		return FRAGMENTS + " :: table";
	}

	String row(Long id, Long itemId, Model model, RoadMapRef known) {
		RoadMapRef ref = (known != null) ? known : this.roadMaps.ref(id);
		model.addAttribute("rm", ref);
		model.addAttribute("item", this.roadMaps.item(id, itemId));
		return FRAGMENTS + " :: row";
	}

	static void sectionError(Model model, Long sectionId, String key) {
		model.addAttribute("sectionErrorId", sectionId);
		model.addAttribute("sectionError", key);
	}

	/**
	 * The table with what the controller has put in the model for it (the row just added,
	 * a section's error or notice, a refused review's explanation).
	 */
	private String tableHtml(RoadMapDetails details, Set<Long> unchosen, Model model) {
		RoadMapTable.State state = new RoadMapTable.State(unchosen, (Long) model.getAttribute("newItemId"),
				(Long) model.getAttribute("sectionErrorId"), (String) model.getAttribute("sectionError"),
				(Long) model.getAttribute("sectionNoticeId"), (String) model.getAttribute("sectionNotice"),
				model.getAttribute("sectionNoticeArg"), (String) model.getAttribute("reviewExplanation"));
		boolean coordinator = CurrentUser.current().map((u) -> u.is(Role.COORDINATOR)).orElse(false);
		return this.table.html(details, state, coordinator, this.context.getContextPath(),
				LocaleContextHolder.getLocale());
	}

}
