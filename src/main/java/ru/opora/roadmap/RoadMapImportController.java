package ru.opora.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.web.FlashMessage;

/**
 * The municipal road map's XLSX import: the page, the template file and the upload (all
 * or nothing, 422 with every problem).
 */
@Controller
@RequiredArgsConstructor
class RoadMapImportController {

	private final RoadMapRowService rows;

	private final RoadMapService roadMaps;

	private final MessageSource messages;

	@GetMapping("/roadmaps/{id}/import")
	String importPage(@PathVariable Long id, Model model) {
		this.rows.checkImport(id);
		model.addAttribute("rm", this.roadMaps.ref(id));
		return "roadmap/import";
	}

	@GetMapping("/roadmaps/{id}/import/template.xlsx")
	ResponseEntity<byte[]> importTemplate(@PathVariable Long id) {
		this.rows.checkImport(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(this.messages.getMessage("roadmap.file.template", null, LocaleContextHolder.getLocale())
						+ ".xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(this.rows.importTemplate());
	}

	@PostMapping("/roadmaps/{id}/import")
	String importXlsx(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		this.rows.checkImport(id);
		RoadMapImport.Result result;
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			result = this.rows.importXlsx(id, in);
		}
		if (result.ok()) {
			FlashMessage.success(redirect, "roadmap.import.done", result.rows().size());
			return "redirect:/roadmaps/" + id;
		}
		response.setStatus(422);
		model.addAttribute("rm", this.roadMaps.ref(id));
		model.addAttribute("importErrors", result.errors());
		return "roadmap/import";
	}

}
