package ru.opora.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileDownloads;
import ru.opora.files.FileRejectedException;

import static ru.opora.roadmap.RoadMapFragments.FRAGMENTS;

/**
 * A row's details (HTMX): its evidence (links, files) and comments, and the evidence
 * download.
 */
@Controller
@RequiredArgsConstructor
class RoadMapEvidenceController {

	private final RoadMapEvidenceService evidence;

	private final RoadMapService roadMaps;

	@GetMapping("/roadmaps/{id}/items/{itemId}/details")
	String details(@PathVariable Long id, @PathVariable Long itemId, Model model) {
		model.addAttribute("measure", this.evidence.measure(id, itemId));
		model.addAttribute("colspan", this.roadMaps.ref(id).fields().size() + 2);
		return FRAGMENTS + " :: measure";
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/links")
	String addLink(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String label,
			@RequestParam(required = false) String url, Model model, HttpServletResponse response) {
		try {
			this.evidence.addLink(id, itemId, label, url);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("measureError", ex.getMessageKey());
		}
		return details(id, itemId, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/files")
	String addFile(@PathVariable Long id, @PathVariable Long itemId, @RequestParam("file") MultipartFile file,
			Model model, HttpServletResponse response) {
		try (InputStream in = file.getInputStream()) {
			this.evidence.addFile(id, itemId, file.getOriginalFilename(), in);
		}
		catch (FileRejectedException ex) {
			response.setStatus(422);
			model.addAttribute("measureError", ex.getMessageKey());
			model.addAttribute("measureErrorArg", ex.getArgument());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return details(id, itemId, model);
	}

	@PostMapping("/roadmaps/{id}/items/{itemId}/comments")
	String comment(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String body,
			Model model, HttpServletResponse response) {
		try {
			this.evidence.comment(id, itemId, body);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("measureError", ex.getMessageKey());
		}
		return details(id, itemId, model);
	}

	@GetMapping("/roadmaps/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable Long id, @PathVariable Long evidenceId) throws IOException {
		return FileDownloads.attachment(this.evidence.evidenceFile(id, evidenceId),
				this.evidence.openEvidence(id, evidenceId));
	}

}
