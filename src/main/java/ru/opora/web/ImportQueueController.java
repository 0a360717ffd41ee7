package ru.opora.web;

import java.security.Principal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.opora.common.ImportTimer;

/**
 * The import pages poll here (HTMX, every two seconds) while an upload is being
 * processed: the caller's own place in this node's import queue («Импорт в очереди: перед
 * вами N», «Идёт импорт»), or nothing when they have no import on the node.
 */
@Controller
@RequiredArgsConstructor
class ImportQueueController {

	static final String PATH = "/imports/queue";

	private final ImportTimer imports;

	@GetMapping(PATH)
	String queue(Principal principal, Model model) {
		model.addAttribute("importPosition", this.imports.position(principal.getName()).orElse(null));
		return "fragments/import-queue :: status";
	}

}
