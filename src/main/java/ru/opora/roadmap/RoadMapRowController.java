package ru.opora.roadmap;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.opora.common.RuleViolationException;

/**
 * In-place editing of rows (HTMX): a cell save answers with its row (409 with both values
 * on a conflict, 422 with the error), adding, moving, deleting and undo with the whole
 * table.
 */
@Controller
@RequiredArgsConstructor
class RoadMapRowController {

	private final RoadMapRowService rows;

	private final RoadMapService roadMaps;

	private final RoadMapFragments fragments;

	@GetMapping("/roadmaps/{id}/items/{itemId}")
	String row(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		return this.fragments.row(id, itemId, model, null);
	}

	@GetMapping("/roadmaps/{id}/items/{itemId}/edit")
	String editRow(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String field, Model model) {
		ItemField f = field(field);
		RoadMapRef ref = this.roadMaps.editableRef(id);
		ItemView item = this.roadMaps.item(id, itemId);
		model.addAttribute("editField", f);
		model.addAttribute("editValue", item.value(f));
		model.addAttribute("editReason", item.postponeReason());
		model.addAttribute("editVersion", item.version());
		return this.fragments.row(id, itemId, model, ref);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/cell")
	String saveCell(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String field,
			@RequestParam(required = false) String value, @RequestParam(required = false) String reason,
			@RequestParam long version, Model model, HttpServletResponse response) {
		ItemField f = field(field);
		try {
			this.rows.editCell(id, itemId, f, value, reason, version);
			model.addAttribute("focusField", f);
			return this.fragments.row(id, itemId, model, null);
		}
		catch (CellConflictException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflictField", f);
			model.addAttribute("conflictMine", value);
			model.addAttribute("conflictReason", reason);
			return this.fragments.row(id, itemId, model, null);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("editField", f);
			model.addAttribute("editValue", value);
			model.addAttribute("editReason", reason);
			model.addAttribute("editVersion", version);
			model.addAttribute("editError", ex.getMessageKey());
			return this.fragments.row(id, itemId, model, null);
		}
	}

	@PostMapping("/roadmaps/{id}/sections/{sectionId}/items")
	String add(@PathVariable Long id, @PathVariable Long sectionId, @RequestParam(required = false) Long after,
			Model model) {
		Long itemId = this.rows.addItem(id, sectionId, after);
		model.addAttribute("newItemId", itemId);
		return this.fragments.table(id, model);
	}

	/**
	 * A row dropped into a section before another row (or at the section's end).
	 */
	@PostMapping("/roadmaps/{id}/items/{itemId}/moveto")
	String moveTo(@PathVariable Long id, @PathVariable Long itemId, @RequestParam Long section,
			@RequestParam(required = false) Long before, Model model) {
		this.rows.moveTo(id, itemId, section, before);
		return this.fragments.table(id, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/move")
	String move(@PathVariable Long id, @PathVariable Long itemId, @RequestParam String dir, Model model) {
		this.rows.move(id, itemId, "up".equals(dir));
		return this.fragments.table(id, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/delete")
	String delete(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		this.rows.delete(id, itemId);
		return this.fragments.table(id, model);
	}

	@PostMapping("/roadmaps/{id}/undo")
	String undo(@PathVariable Long id, Model model) {
		this.rows.undoDelete(id).ifPresent((itemId) -> model.addAttribute("newItemId", itemId));
		return this.fragments.table(id, model);
	}

	private static ItemField field(String param) {
		return ItemField.fromParam(param).orElseThrow(() -> new RoadMapNotFoundException("field " + param));
	}

}
