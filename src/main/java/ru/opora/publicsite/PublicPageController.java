package ru.opora.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.opora.documents.DocumentPublicity;
import ru.opora.publicsite.PublicPageCache.Entry;
import ru.opora.publicsite.PublicPageView.SchoolFigures;

/**
 * The public page {@code /public/{slug}} (or the municipality's numeric id), its JSON
 * blocks for schools' own sites and the download of documents marked public. No login, no
 * session, no cookie; the language only from {@code ?lang=en} (so that the address alone
 * decides the answer, as shared caches expect). Answers come from
 * {@link PublicPageCache}, with {@code Cache-Control: public} and an ETag.
 */
@Controller
@RequiredArgsConstructor
class PublicPageController {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String HTML = "text/html;charset=UTF-8";

	private static final String JSON = "application/json";

	private final PublicPageAssembler assembler;

	private final PublicPageCache cache;

	private final SpringTemplateEngine templates;

	private final JsonMapper json;

	private final DocumentPublicity documents;

	@GetMapping("/public/{key}")
	ResponseEntity<byte[]> page(@PathVariable String key, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : RUSSIAN;
		if (!validKey(key)) {
			return answer(notFoundPage(locale, request, response), request, false);
		}
		Entry entry = this.cache.get("page:" + key.toLowerCase(Locale.ROOT) + ":" + locale.getLanguage(),
				() -> this.assembler.build(key)
					.map((view) -> Entry.of(view.municipalityId(), 200,
							render("publicsite/page", Map.of("page", view), locale, request, response), HTML))
					.orElseGet(() -> notFoundPage(locale, request, response)));
		return answer(entry, request, false);
	}

	@GetMapping("/public/{key}/summary.json")
	ResponseEntity<byte[]> summary(@PathVariable String key, HttpServletRequest request) {
		if (!validKey(key)) {
			return answer(notFoundJson(), request, true);
		}
		Entry entry = this.cache.get("summary:" + key.toLowerCase(Locale.ROOT), () -> this.assembler.build(key)
			.map((view) -> Entry.of(view.municipalityId(), 200, this.json.writeValueAsBytes(summary(view)), JSON))
			.orElseGet(this::notFoundJson));
		return answer(entry, request, true);
	}

	@GetMapping("/public/{key}/schools/{schoolId}.json")
	ResponseEntity<byte[]> school(@PathVariable String key, @PathVariable String schoolId, HttpServletRequest request) {
		if (!validKey(key) || !PublicPageAssembler.isNumeric(schoolId)) {
			return answer(notFoundJson(), request, true);
		}
		Long id = Long.valueOf(schoolId);
		Entry entry = this.cache.get("school:" + key.toLowerCase(Locale.ROOT) + ":" + id,
				() -> this.assembler.build(key)
					.filter((view) -> view.sections().schools() && view.bySchool().containsKey(id))
					.map((view) -> Entry.of(view.municipalityId(), 200,
							this.json.writeValueAsBytes(school(view, view.bySchool().get(id))), JSON))
					.orElseGet(this::notFoundJson));
		return answer(entry, request, true);
	}

	/**
	 * The latest version of a document a school marked public; 404 for every other
	 * document, and when the page or its documents section is off.
	 */
	@GetMapping("/public/{key}/documents/{documentId}")
	void document(@PathVariable String key, @PathVariable String documentId, HttpServletResponse response)
			throws IOException {
		Optional<PublicPage> page = validKey(key) ? this.assembler.find(key) : Optional.empty();
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

	private ResponseEntity<byte[]> answer(Entry entry, HttpServletRequest request, boolean cors) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(entry.status())
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + this.cache.ttl().toSeconds())
			.header(HttpHeaders.ETAG, entry.etag());
		if (cors) {
			builder.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (entry.status() == 200 && ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + this.cache.ttl().toSeconds())
				.header(HttpHeaders.ETAG, entry.etag())
				.headers((h) -> {
					if (cors) {
						h.setAccessControlAllowOrigin("*");
					}
				})
				.build();
		}
		return builder.contentType(MediaType.parseMediaType(entry.contentType())).body(entry.body());
	}

	private Entry notFoundPage(Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return Entry.of(null, 404, render("publicsite/not-found", Map.of(), locale, request, response), HTML);
	}

	private Entry notFoundJson() {
		return Entry.of(null, 404, "{\"error\":\"not found\"}", JSON);
	}

	private String render(String template, Map<String, Object> variables, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, variables);
		return this.templates.process(template, context);
	}

	private static boolean validKey(String key) {
		return PublicSettingsService.SLUG.matcher(key.toLowerCase(Locale.ROOT)).matches()
				|| PublicPageAssembler.isNumeric(key);
	}

	private static Map<String, Object> summary(PublicPageView view) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("municipality", view.municipalityName());
		map.put("region", view.regionName());
		map.put("page", "/public/" + view.slug());
		map.put("asOf", view.asOf().format(DateTimeFormatter.ISO_LOCAL_DATE));
		Sections s = view.sections();
		if (s.programmes() || s.documents() || s.roadMap()) {
			map.put("programmes", view.programmes().stream().map((p) -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("title", p.title());
				line.put("year", p.year());
				if (s.programmes()) {
					line.put("participants", p.participants());
				}
				if (s.documents()) {
					line.put("documentsApproved", p.documents().approved());
					line.put("documentsTotal", p.documents().total());
					line.put("documentsApprovedPercent", p.documents().percent());
				}
				if (s.roadMap() && p.roadMap() != null) {
					line.put("roadMapMeasures", p.roadMap().total());
					line.put("roadMapDone", p.roadMap().done());
					line.put("roadMapPercentDone", p.roadMap().percentDone());
				}
				return line;
			}).toList());
		}
		if (s.schools()) {
			map.put("schools",
					view.schools().stream().map((school) -> Map.of("id", school.id(), "name", school.name())).toList());
		}
		if (s.documents()) {
			map.put("publicDocuments", view.publicDocuments().stream().map((d) -> documentJson(view, d)).toList());
		}
		if (s.events()) {
			map.put("events", view.events().stream().map((e) -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("date", e.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
				line.put("type", e.type().name());
				line.put("kind", e.kindName());
				line.put("title", e.title());
				return line;
			}).toList());
		}
		if (s.indicators() && !view.indicators().isEmpty()) {
			map.put("indicators", view.indicators());
		}
		return map;
	}

	private static Map<String, Object> school(PublicPageView view, SchoolFigures school) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("school", school.name());
		map.put("municipality", view.municipalityName());
		map.put("page", "/public/" + view.slug());
		map.put("asOf", view.asOf().format(DateTimeFormatter.ISO_LOCAL_DATE));
		map.put("programmes", school.programmes());
		if (view.sections().documents()) {
			map.put("documentsApproved", school.documents().approved());
			map.put("documentsTotal", school.documents().total());
			List<Map<String, Object>> docs = view.publicDocuments()
				.stream()
				.filter((d) -> d.schoolId().equals(school.id()))
				.map((d) -> documentJson(view, d))
				.toList();
			map.put("publicDocuments", docs);
		}
		return map;
	}

	private static Map<String, Object> documentJson(PublicPageView view, PublicPageView.DocumentLine d) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("school", d.schoolName());
		line.put("kind", d.kind().name());
		line.put("publishedOn", d.publishedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
		line.put("format", d.format());
		line.put("url", "/public/" + view.slug() + "/documents/" + d.id());
		return line;
	}

}
