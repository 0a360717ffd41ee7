package ru.opora.warnings;

import java.util.Arrays;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Раннее предупреждение» and the two panels that the school card and the curator's home
 * page load with HTMX (so that neither module depends on this one).
 */
@Controller
@RequiredArgsConstructor
class WarningController {

	private static final int PAGE_SIZE = 50;

	private final WarningService warnings;

	@GetMapping("/warnings")
	String board(@RequestParam(required = false) String level, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String curator, @RequestParam(required = false) Integer page, Model model) {
		Level levelFilter = parse(Level.class, level);
		Reason reasonFilter = parse(Reason.class, reason);
		Long curatorFilter = (curator != null && curator.matches("\\d{1,18}")) ? Long.valueOf(curator) : null;
		// a region may have hundreds of participant schools: 50 a page (the counts above
		// stay whole)
		WarningBoard board = this.warnings.board(levelFilter, reasonFilter, curatorFilter, page, PAGE_SIZE);
		model.addAttribute("board", board);
		model.addAttribute("result", board.result());
		model.addAttribute("level", levelFilter);
		model.addAttribute("reason", reasonFilter);
		model.addAttribute("curator", curatorFilter);
		model.addAttribute("levels", List.of(Level.RISK, Level.ATTENTION, Level.NORMAL));
		model.addAttribute("reasons", Arrays.asList(Reason.values()));
		return "warnings/board";
	}

	@GetMapping("/warnings/schools/{schoolId}/panel")
	String schoolPanel(@PathVariable Long schoolId, Model model) {
		model.addAttribute("warning", this.warnings.ofSchool(schoolId).orElse(null));
		return "warnings/panels :: school";
	}

	@GetMapping("/warnings/mine/panel")
	String curatorPanel(Model model) {
		model.addAttribute("rows", this.warnings.ofMySchools());
		return "warnings/panels :: curator";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(value)).findFirst().orElse(null);
	}

}
