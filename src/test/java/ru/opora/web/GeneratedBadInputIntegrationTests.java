package ru.opora.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The generated bad-input test: the pages each demo role reaches from its home page are
 * crawled (one page per address shape), every POST form found on them (plain and HTMX) is
 * sent with each field replaced by an empty, a 10,000-character, a NUL-containing, an
 * RTL/zero-width, a negative, a huge and a malformed-date value, and once with unknown
 * extra fields ({@code id}, {@code version}, {@code schoolId}, {@code role},
 * {@code enabled}…). No answer may be a 5xx, and no request may change who a user is or
 * where a user or school belongs (roles, scopes, enabled flags). Each request runs in a
 * transaction that is rolled back, so the demo data stays as it was. The same forms, sent
 * unchanged by the roles of another municipality and by the read-only observer, change no
 * row at all (the access matrix over every POST).
 */
class GeneratedBadInputIntegrationTests extends PortalIntegrationTest {

	static final List<String> ROLES = List.of("coordinator", "curator", "school", "observer", "admin", "gatchina",
			"mentor");

	static final int MAX_PAGES_PER_ROLE = 150;

	static final Map<String, UnaryOperator<String>> MUTATIONS = mutations();

	static final Map<String, String> EXTRA_FIELDS = Map.of("id", "1", "version", "-1", "schoolId", "1", "role", "ADMIN",
			"enabled", "false", "municipalityId", "1", "regionId", "1", "username", "admin", "createdAt",
			"2000-01-01T00:00:00Z");

	@Autowired
	PlatformTransactionManager transactions;

	record Field(String name, String value, boolean file) {
	}

	record Form(String role, String page, String action, boolean multipart, List<Field> fields) {
	}

	@Test
	void noFormAnswers5xxOrChangesWhatItDoesNotOfferWhateverItIsSent() throws Exception {
		List<String> failures = new ArrayList<>();
		Map<String, Form> forms = new LinkedHashMap<>();
		for (String role : ROLES) {
			crawl(role, forms, failures);
		}
		// the crawl really found the portal's forms (a broken crawl would test nothing)
		assertThat(forms).hasSizeGreaterThan(40);
		String before = guardedState();
		int requests = 0;
		for (Form form : forms.values()) {
			for (Map.Entry<String, UnaryOperator<String>> mutation : MUTATIONS.entrySet()) {
				Map<String, String> values = new LinkedHashMap<>();
				for (Field field : form.fields()) {
					if (!field.file()) {
						values.put(field.name(), mutation.getValue().apply(field.value()));
					}
				}
				requests++;
				send(form, mutation.getKey(), values, failures);
			}
			Map<String, String> extra = new LinkedHashMap<>();
			form.fields().stream().filter((f) -> !f.file()).forEach((f) -> extra.put(f.name(), f.value()));
			EXTRA_FIELDS.forEach(extra::putIfAbsent);
			requests++;
			send(form, "extra fields", extra, failures);
		}
		System.out.printf("Generated bad input: %d forms, %d requests%n", forms.size(), requests);
		assertThat(requests).isGreaterThan(forms.size() * MUTATIONS.size());
		assertThat(guardedState()).isEqualTo(before);
		assertThat(failures).isEmpty();
	}

	/**
	 * Numbered addresses whose number is reference data, not a thing of the municipality:
	 * the action applies to the caller's own municipality (indicator codes 1–15).
	 */
	static final List<String> SELF_SCOPED = List.of("/indicators/public/");

	/**
	 * Demo tenants: Балейский район (Забайкальский край) and Гатчинский район
	 * (Ленинградская область); the observer reads Забайкальский край and may change
	 * nothing anywhere.
	 */
	static final Map<String, String> TENANT = Map.of("coordinator", "baley", "curator", "baley", "school", "baley",
			"gatchina", "gatchina", "mentor", "gatchina");

	/**
	 * The access matrix over every POST form: each form that acts on a numbered thing
	 * (its address holds an id), found on the pages of a role of one municipality, is
	 * sent as it stands by every role of the other municipality and by the regional
	 * observer. None of them may change a single row (counted by PostgreSQL for the
	 * request's own transaction, leaving out the audit log, sessions, rate-limit buckets
	 * and job locks), nor get a 5xx.
	 */
	@Test
	void noFormOfOneMunicipalityChangesAnythingWhenAnotherMunicipalityOrTheObserverSendsIt() throws Exception {
		List<String> failures = new ArrayList<>();
		Map<String, Map<String, Form>> byRole = new LinkedHashMap<>();
		for (String role : TENANT.keySet()) {
			Map<String, Form> own = new LinkedHashMap<>();
			crawl(role, new LinkedHashMap<>(), own, failures);
			byRole.put(role, own);
		}
		int replays = 0;
		for (Map.Entry<String, Map<String, Form>> found : byRole.entrySet()) {
			String tenant = TENANT.get(found.getKey());
			for (Form form : found.getValue().values()) {
				if (!form.action().matches(".*/\\d+(/.*|\\?.*)?")
						|| SELF_SCOPED.stream().anyMatch(form.action()::startsWith)) {
					continue;
				}
				List<String> strangers = new ArrayList<>(List.of("observer"));
				TENANT.forEach((role, t) -> {
					if (!t.equals(tenant)) {
						strangers.add(role);
					}
				});
				for (String stranger : strangers) {
					replays++;
					replay(form, stranger, failures);
				}
			}
		}
		// both municipalities' pages hold numbered forms (a broken crawl would test
		// nothing)
		assertThat(replays).isGreaterThan(100);
		System.out.printf("Cross-tenant replays: %d%n", replays);
		assertThat(failures).isEmpty();
	}

	private void replay(Form form, String stranger, List<String> failures) {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		tx.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			long before = rowsChanged();
			Map<String, String> values = new LinkedHashMap<>();
			form.fields().stream().filter((f) -> !f.file()).forEach((f) -> values.put(f.name(), f.value()));
			// a real PDF for the files, so that an upload gets past the type check to the
			// access check
			AbstractMockHttpServletRequestBuilder<?> request = request(form, values, "проба.pdf", "application/pdf",
					"%PDF-1.4 проба");
			String what = stranger + " replays " + form.role() + "'s POST " + form.action() + " (form on " + form.page()
					+ ")";
			try {
				int answer = this.mvc.perform(request.with(this.demo.as(stranger)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				if (answer >= 500) {
					failures.add(what + " → " + answer);
				}
			}
			catch (Exception ex) {
				failures.add(what + " → exception " + ex);
				return;
			}
			try {
				long changed = rowsChanged() - before;
				if (changed != 0) {
					failures.add(what + " changed " + changed + " row(s)");
				}
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// the transaction was aborted by an error the request handled: nothing it
				// did survives
			}
		});
	}

	/**
	 * Rows inserted, updated or deleted so far by this transaction in the portal's tables
	 * (PostgreSQL's own per-transaction counters).
	 */
	private long rowsChanged() {
		Long rows = this.jdbc.queryForObject("""
				select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_xact_user_tables
				where relname not in ('audit_event', 'spring_session', 'spring_session_attributes', 'rate_limit_bucket',
				                      'shedlock')
				""", Long.class);
		return (rows != null) ? rows : 0;
	}

	private void send(Form form, String mutation, Map<String, String> values, List<String> failures) {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		tx.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			String before = guardedState();
			AbstractMockHttpServletRequestBuilder<?> request = request(form, values, "проба.txt", "text/plain",
					"проба");
			try {
				MockHttpServletResponse response = this.mvc
					.perform(request.with(this.demo.as(form.role())).with(csrf()).header("HX-Request", "true"))
					.andReturn()
					.getResponse();
				if (response.getStatus() >= 500) {
					failures.add(form.role() + " POST " + form.action() + " (" + mutation + ", form on " + form.page()
							+ ") → " + response.getStatus());
				}
			}
			catch (Exception ex) {
				failures.add(form.role() + " POST " + form.action() + " (" + mutation + ") → exception " + ex);
			}
			String after;
			try {
				after = guardedState();
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// the request ended its work with a database error it handled (e.g. an
				// import cancels its COPY on a bad file, which aborts the transaction):
				// everything it did is rolled back, so it changed nothing
				return;
			}
			if (!after.equals(before)) {
				failures.add(form.role() + " POST " + form.action() + " (" + mutation + ") changed users or scopes");
			}
		});
	}

	/**
	 * The form's POST with these values; a multipart form gets the given file in each
	 * file field.
	 */
	private static AbstractMockHttpServletRequestBuilder<?> request(Form form, Map<String, String> values,
			String fileName, String fileType, String fileContent) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (form.multipart()) {
			MockMultipartHttpServletRequestBuilder upload = multipart(form.action());
			form.fields()
				.stream()
				.filter(Field::file)
				.forEach((f) -> upload.file(new MockMultipartFile(f.name(), fileName, fileType,
						fileContent.getBytes(StandardCharsets.UTF_8))));
			request = upload;
		}
		else {
			request = post(form.action());
		}
		values.forEach(request::param);
		return request;
	}

	/** Who users are and where users and schools belong: no form here may change it. */
	private String guardedState() {
		return this.jdbc.queryForObject(
				"""
						select coalesce((select string_agg(concat_ws(':', id, username, role, enabled, region_id, municipality_id,
						                                             school_id), ',' order by id) from app_user), '')
						    || '|' || coalesce((select string_agg(concat_ws(':', id, municipality_id), ',' order by id)
						                        from school), '')
						""",
				String.class);
	}

	private void crawl(String role, Map<String, Form> forms, List<String> failures) throws Exception {
		crawl(role, forms, new LinkedHashMap<>(), failures);
	}

	private void crawl(String role, Map<String, Form> forms, Map<String, Form> own, List<String> failures)
			throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seenShapes = new LinkedHashSet<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES_PER_ROLE) {
			String path = queue.poll();
			if (!seenShapes.add(shape(path))) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(path).with(this.demo.as(role)))
				.andReturn()
				.getResponse();
			pages++;
			if (response.getStatus() >= 500) {
				failures.add(role + " GET " + path + " → " + response.getStatus());
				continue;
			}
			if (response.getStatus() >= 300 && response.getStatus() < 400 && response.getRedirectedUrl() != null) {
				local(response.getRedirectedUrl(), path).ifPresent(queue::add);
				continue;
			}
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			Document html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
			for (Element link : html.select("a[href], [hx-get]")) {
				String href = link.hasAttr("href") ? link.attr("href") : link.attr("hx-get");
				local(href, path).filter(GeneratedBadInputIntegrationTests::crawlable).ifPresent(queue::add);
			}
			for (Element form : html.select("form")) {
				formOf(role, path, form).ifPresent((f) -> {
					forms.putIfAbsent(shape(f.action()) + " " + names(f), f);
					own.putIfAbsent(shape(f.action()) + " " + names(f), f);
				});
			}
		}
	}

	private static java.util.Optional<Form> formOf(String role, String page, Element form) {
		boolean hx = form.hasAttr("hx-post");
		if (!hx && !"post".equalsIgnoreCase(form.attr("method"))) {
			return java.util.Optional.empty();
		}
		String action = hx ? form.attr("hx-post") : form.attr("action");
		java.util.Optional<String> target = action.isEmpty() ? java.util.Optional.of(page) : local(action, page);
		if (target.isEmpty() || target.get().startsWith("/logout") || target.get().startsWith("/login")) {
			return java.util.Optional.empty();
		}
		List<Field> fields = new ArrayList<>();
		for (Element input : form.select("input[name], select[name], textarea[name], button[name][value]")) {
			String name = input.attr("name");
			if ("_csrf".equals(name) || input.hasAttr("disabled")) {
				continue;
			}
			String type = input.attr("type").toLowerCase();
			if ("file".equals(type)) {
				fields.add(new Field(name, "", true));
			}
			else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			else if (input.tagName().equals("select")) {
				Element option = input.selectFirst("option[selected]");
				option = (option != null) ? option : input.selectFirst("option");
				fields.add(new Field(name, (option != null) ? option.attr("value") : "", false));
			}
			else if (input.tagName().equals("textarea")) {
				fields.add(new Field(name, input.text(), false));
			}
			else {
				fields.add(new Field(name, input.attr("value"), false));
			}
		}
		boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"))
				|| "multipart/form-data".equalsIgnoreCase(form.attr("hx-encoding"));
		return java.util.Optional.of(new Form(role, page, target.get(), multipart, fields));
	}

	private static String names(Form form) {
		Set<String> names = new TreeSet<>();
		form.fields().forEach((f) -> names.add(f.name()));
		return String.join(",", names);
	}

	/** The address with every number replaced: one page (or form) per shape is enough. */
	private static String shape(String path) {
		return path.replaceAll("\\d+", "N");
	}

	private static boolean crawlable(String path) {
		String lower = path.toLowerCase();
		return !(lower.startsWith("/logout") || lower.contains("lang=") || lower.contains("export")
				|| lower.contains("download") || lower.contains("/files/") || lower.contains(".xlsx")
				|| lower.contains(".pdf") || lower.contains(".ics") || lower.contains(".csv")
				|| lower.contains("template") || lower.startsWith("/webjars") || lower.startsWith("/css")
				|| lower.startsWith("/js") || lower.startsWith("/actuator") || lower.contains("print"));
	}

	private static java.util.Optional<String> local(String href, String base) {
		if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")
				|| href.startsWith("javascript:")) {
			return java.util.Optional.empty();
		}
		try {
			URI uri = URI.create("http://localhost" + base).resolve(href.replace(" ", "%20"));
			if (!"localhost".equals(uri.getHost()) || (uri.getPort() != -1 && uri.getPort() != 80)) {
				return java.util.Optional.empty();
			}
			String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			return java.util.Optional.of(path);
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	private static Map<String, UnaryOperator<String>> mutations() {
		Map<String, UnaryOperator<String>> mutations = new LinkedHashMap<>();
		mutations.put("empty", (v) -> "");
		mutations.put("10,000 characters", (v) -> "я".repeat(10_000));
		mutations.put("NUL", (v) -> "a\u0000b");
		mutations.put("RTL and zero-width", (v) -> "\u202Eтекст\u200B\u200D\uFEFF");
		mutations.put("negative", (v) -> "-1");
		mutations.put("huge", (v) -> "99999999999999999999999999");
		mutations.put("malformed date", (v) -> "31.02.2027");
		return mutations;
	}

}
