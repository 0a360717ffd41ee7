package ru.opora.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.opora.documents.DocumentPublicity;

/**
 * The download of a document its school marked public, from the municipality's public
 * page (not cached: a rare request).
 */
@Controller
@RequiredArgsConstructor
class PublicPageController {

	private final PublicPageAssembler assembler;

	private final PublicPageCache cache;

	private final DocumentPublicity documents;

	/**
	 * The latest version of a document a school marked public; 404 for every other
	 * document, and when the page or its documents section is off.
	 */
	@GetMapping("/public/{key}/documents/{documentId}")
	void document(@PathVariable String key, @PathVariable String documentId, HttpServletResponse response)
			throws IOException {
		Optional<PublicPage> page = PublicPageEndpoints.validKey(key) ? this.assembler.find(key) : Optional.empty();
		Optional<DocumentPublicity.PublishedFile> file = page.filter((p) -> p.isShowDocuments())
			.filter((p) -> PublicPageAssembler.isNumeric(documentId))
			.flatMap((p) -> this.documents.openPublished(p.getMunicipalityId(), Long.valueOf(documentId)));
		if (file.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return;
		}
		DocumentPublicity.PublishedFile f = file.get();
		response.setContentType(f.info().contentType());
		response.setContentLengthLong(f.info().sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(f.info().originalName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + this.cache.ttl().toSeconds());
		try (InputStream content = f.content()) {
			content.transferTo(response.getOutputStream());
		}
	}

}
