package ru.opora.roadmap;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The HTMX fragments the road-map controllers answer with: the whole table after a
 * structural change, one row after a cell save.
 */
@Component
@RequiredArgsConstructor
class RoadMapFragments {

	static final String FRAGMENTS = "roadmap/fragments";

	private final RoadMapService roadMaps;

	String table(Long id, Model model) {
		model.addAttribute("rm", this.roadMaps.details(id));
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

}
