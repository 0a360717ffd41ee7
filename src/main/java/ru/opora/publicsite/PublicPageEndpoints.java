package ru.opora.publicsite;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import ru.opora.publicsite.PublicPageCache.Entry;
import ru.opora.publicsite.PublicPageView.SchoolFigures;

/**
 * The public page {@code /public/{slug}} (or the municipality's numeric id) and its JSON
 * blocks for schools' own sites. No login, no session, no cookie; the language only from
 * {@code ?lang=en} (so that the address alone decides the answer, as shared caches
 * expect). Answers come from {@link PublicPageCache}, with {@code Cache-Control: public}
 * and an ETag. Functional endpoints rather than a {@code @Controller}: the portal's
 * {@code @ControllerAdvice} model attributes (the menu's unread count opens a
 * transaction) have no business on a cached anonymous page.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class PublicPageEndpoints {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final String HTML = "text/html;charset=UTF-8";

	private static final String JSON = "application/json";

	private final PublicPageAssembler assembler;

	private final PublicPageCache cache;

	private final SpringTemplateEngine templates;

	private final JsonMapper json;

	private final MessageSource messages;

	@Bean
	RouterFunction<ServerResponse> publicPageRoutes() {
		return RouterFunctions.route()
			.GET("/public/{key}", (request) -> serve(request, this::page, false))
			.GET("/public/{key}/summary.json", (request) -> serve(request, this::summary, true))
			.GET("/public/{key}/schools/{schoolId}.json", (request) -> serve(request, this::school, true))
			.build();
	}

	/**
	 * Finds (or renders) the answer and writes it, with the real request and response at
	 * hand for the template engine.
	 */
	private ServerResponse serve(ServerRequest request, Loader loader, boolean cors) {
		Map<String, String> variables = request.pathVariables();
		return ServerResponse.ok().build((req, res) -> {
			write(loader.load(variables, req, res), req, res, cors);
			return null;
		});
	}

	@FunctionalInterface
	private interface Loader {

		Entry load(Map<String, String> variables, HttpServletRequest request, HttpServletResponse response);

	}

	private Entry page(Map<String, String> variables, HttpServletRequest request, HttpServletResponse response) {
		String key = variables.get("key");
		Locale locale = "en".equalsIgnoreCase(request.getParameter("lang")) ? Locale.ENGLISH : RUSSIAN;
		if (!validKey(key)) {
			return notFoundPage(locale, request, response);
		}
		return this.cache.get("page:" + key.toLowerCase(Locale.ROOT) + ":" + locale.getLanguage(),
				() -> this.assembler.build(key)
					.map((view) -> Entry.of(view.municipalityId(), 200,
							render("publicsite/page", Map.of("page", view), locale, request, response), HTML))
					.orElseGet(() -> notFoundPage(locale, request, response)));
	}

	private Entry summary(Map<String, String> variables, HttpServletRequest request, HttpServletResponse response) {
		String key = variables.get("key");
		if (!validKey(key)) {
			return notFoundJson();
		}
		return this.cache.get("summary:" + key.toLowerCase(Locale.ROOT), () -> this.assembler.build(key)
			.map((view) -> Entry.of(view.municipalityId(), 200, this.json.writeValueAsBytes(summary(view)), JSON))
			.orElseGet(this::notFoundJson));
	}

	private Entry school(Map<String, String> variables, HttpServletRequest request, HttpServletResponse response) {
		String key = variables.get("key");
		String schoolId = variables.get("schoolId");
		if (!validKey(key) || !PublicPageAssembler.isNumeric(schoolId)) {
			return notFoundJson();
		}
		Long id = Long.valueOf(schoolId);
		return this.cache.get("school:" + key.toLowerCase(Locale.ROOT) + ":" + id,
				() -> this.assembler.build(key)
					.filter((view) -> view.sections().schools() && view.bySchool().containsKey(id))
					.map((view) -> Entry.of(view.municipalityId(), 200,
							this.json.writeValueAsBytes(school(view, view.bySchool().get(id))), JSON))
					.orElseGet(this::notFoundJson));
	}

	private void write(Entry entry, HttpServletRequest request, HttpServletResponse response, boolean cors)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + this.cache.ttl().toSeconds());
		response.setHeader(HttpHeaders.ETAG, entry.etag());
		if (cors) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (entry.status() == 200 && ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		response.setStatus(entry.status());
		response.setContentType(entry.contentType());
		response.setContentLength(entry.body().length);
		response.getOutputStream().write(entry.body());
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

	static boolean validKey(String key) {
		return PublicSettingsService.SLUG.matcher(key.toLowerCase(Locale.ROOT)).matches()
				|| PublicPageAssembler.isNumeric(key);
	}

	private Map<String, Object> summary(PublicPageView view) {
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

	private Map<String, Object> school(PublicPageView view, SchoolFigures school) {
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

	private Map<String, Object> documentJson(PublicPageView view, PublicPageView.DocumentLine d) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("school", d.schoolName());
		line.put("kind", d.kind().name());
		line.put("title", this.messages.getMessage("DocumentKind." + d.kind().name(), null, RUSSIAN));
		line.put("publishedOn", d.publishedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
		line.put("format", d.format());
		line.put("url", "/public/" + view.slug() + "/documents/" + d.id());
		return line;
	}

}
