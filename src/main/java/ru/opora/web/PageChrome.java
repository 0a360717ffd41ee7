package ru.opora.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.IServletWebExchange;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * The layout's own markup around a page ({@code layout/main}): the head's common
 * elements, the skip link with the navigation bar, the footer with the common scripts,
 * written once per page in Java and inserted by the layout with {@code th:utext}
 * ({@code #nav.head}, {@code #nav.links}, {@code #nav.header(…)}, {@code #nav.footer}).
 * Processing the layout's elements one by one was about a third of a simple page's
 * template work (docs/benchmarks.md, «Step 11b»).
 * <p>
 * The output is what the layout's Thymeleaf markup gave: texts and attribute values
 * escaped as Thymeleaf escapes them ({@link Html#escape}), messages from the same
 * {@link MessageSource} in the page's locale, links as {@code @{…}} builds them (the
 * context path, the response's {@code encodeURL}, which also gives the static files their
 * versioned paths, and the {@link RequestDataValueProcessor}'s {@code processUrl}), the
 * logout form with the processor's hidden fields (Spring Security's CSRF token) as
 * {@code th:action} adds them. The menu's items come from {@link NavigationDialect}'s
 * cache. What differs per user or request (name, role, the bell's count, the CSRF token)
 * is written for each page, never cached.
 */
final class PageChrome {

	private static final String BELL_ICON = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"18\" height=\"18\" viewBox=\"0 0 16 16\" fill=\"currentColor\" aria-hidden=\"true\"><path d=\"M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm.995-14.901a1 1 0 1 0-1.99 0A5.002 5.002 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901z\"/></svg>";

	private static final String USER_ICON = "<svg class=\"nav-user-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\" viewBox=\"0 0 16 16\" fill=\"currentColor\" aria-hidden=\"true\"><path d=\"M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm2-3a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm4 8c0 1-1 1-1 1H3s-1 0-1-1 1-4 6-4 6 3 6 4zm-1-.004c-.001-.246-.154-.986-.832-1.664C11.516 10.68 10.289 10 8 10c-2.29 0-3.516.68-4.168 1.332-.678.678-.83 1.418-.832 1.664h10z\"/></svg>";

	private final Navigation navigation;

	private final MessageSource messages;

	private final Locale locale;

	/** {@code null} outside a web request (then links are the paths as they are) */
	private final IWebExchange exchange;

	/** {@code null} when the application has none (then no hidden fields) */
	private final RequestDataValueProcessor processor;

	PageChrome(Navigation navigation, MessageSource messages, Locale locale, IWebExchange exchange,
			RequestDataValueProcessor processor) {
		this.navigation = navigation;
		this.messages = messages;
		this.locale = locale;
		this.exchange = exchange;
		this.processor = processor;
	}

	/** The head's first elements: charset, viewport, htmx settings, the CSRF token. */
	String head() {
		StringBuilder html = new StringBuilder(512);
		html.append("<meta charset=\"utf-8\">\n")
			.append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("  <meta name=\"htmx-config\" content='{\"includeIndicatorStyles\": false, \"allowEval\": false, \"allowScriptTags\": false}'>\n");
		if (attribute("_csrf") instanceof CsrfToken csrf) {
			html.append("  <meta name=\"_csrf\" content=\"")
				.append(Html.escape(csrf.getToken()))
				.append("\">\n  <meta name=\"_csrf_header\" content=\"")
				.append(Html.escape(csrf.getHeaderName()))
				.append("\">");
		}
		return html.toString();
	}

	/** The icon and the style sheets, after the page's title. */
	String links() {
		return "<link rel=\"icon\" href=\"" + url("/img/favicon.svg") + "\" type=\"image/svg+xml\">\n"
				+ "  <link rel=\"stylesheet\" href=\"" + url("/webjars/bootstrap/css/bootstrap.min.css") + "\">\n"
				+ "  <link rel=\"stylesheet\" href=\"" + url("/css/opora.css") + "\">";
	}

	/**
	 * The skip link and, for a logged-in user, the navigation bar.
	 * @param fullName the portal user's name, or {@code null} (then the authentication's
	 * name is shown)
	 * @param role the portal user's role ({@code Role.<role>} message), or {@code null}
	 * for none
	 * @param unread the bell's count, or {@code null} for none
	 */
	String header(String fullName, Object role, Number unread) {
		StringBuilder html = new StringBuilder(6144);
		html.append("<a class=\"visually-hidden-focusable\" href=\"#content\">")
			.append(message("nav.skip"))
			.append("</a>\n");
		if (!this.navigation.isAuthenticated()) {
			return html.toString();
		}
		String name = Html.escape((fullName != null) ? fullName : this.navigation.getAuthenticationName());
		String notifications = message("notifications.title");
		html.append("<nav class=\"navbar navbar-expand-xl navbar-dark bg-opora mb-4\">\n")
			.append("  <div class=\"container-xl\">\n")
			.append("    <a class=\"navbar-brand fw-semibold\" href=\"")
			.append(url("/"))
			.append("\">\n      <img src=\"")
			.append(url("/img/favicon.svg"))
			.append("\" alt=\"\" width=\"26\" height=\"26\" class=\"me-1 align-text-bottom\">\n      <span>")
			.append(message("app.name"))
			.append("</span>\n    </a>\n")
			.append("    <button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#mainNav\"\n")
			.append("            aria-controls=\"mainNav\" aria-expanded=\"false\" aria-label=\"")
			.append(message("nav.menu"))
			.append("\">\n      <span class=\"navbar-toggler-icon\"></span>\n    </button>\n")
			.append("    <div class=\"collapse navbar-collapse\" id=\"mainNav\">\n")
			.append("      <ul class=\"navbar-nav me-auto\">")
			.append(this.navigation.getItems())
			.append("</ul>\n")
			.append("      <ul class=\"navbar-nav align-items-lg-center\">\n")
			.append("        <li class=\"nav-item nav-bell\">\n")
			.append("          <a class=\"nav-link\" href=\"")
			.append(url("/notifications"))
			.append("\" title=\"")
			.append(notifications)
			.append("\" aria-label=\"")
			.append(notifications)
			.append("\">\n            ")
			.append(BELL_ICON)
			.append("\n            <span class=\"d-xl-none\">")
			.append(message("nav.notifications"))
			.append("</span>\n            ");
		if (unread != null && unread.longValue() > 0) {
			html.append("<span class=\"badge rounded-pill text-bg-warning\">").append(unread).append("</span>");
		}
		html.append("\n          </a>\n        </li>\n")
			.append("        <li class=\"nav-item dropdown\">\n")
			.append("          <a class=\"nav-link dropdown-toggle d-flex align-items-center gap-2\" href=\"#\" role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\" id=\"user-menu\"\n")
			.append("             title=\"")
			.append(name)
			.append("\">\n            ")
			.append(USER_ICON)
			.append("\n            <span class=\"lh-sm nav-user\">\n")
			.append("              <span class=\"d-block text-truncate\" title=\"")
			.append(name)
			.append("\">")
			.append(name)
			.append("</span>\n");
		if (fullName != null && role != null) {
			html.append("              <small class=\"d-block text-truncate text-white-50\">")
				.append(message("Role." + role))
				.append("</small>\n");
		}
		html.append("            </span>\n          </a>\n")
			.append("          <ul class=\"dropdown-menu dropdown-menu-end\">\n");
		if (this.navigation.isMonitoring()) {
			html.append("            <li><a class=\"dropdown-item\" href=\"")
				.append(url("/public-settings"))
				.append("\">")
				.append(message("nav.publicPage"))
				.append("</a></li>\n");
		}
		html.append("            <li><a class=\"dropdown-item\" href=\"")
			.append(url("/account/password"))
			.append("\">")
			.append(message("nav.password"))
			.append("</a></li>\n")
			.append("            <li><a class=\"dropdown-item\" href=\"")
			.append(link("?lang=" + ("en".equals(this.locale.getLanguage()) ? "ru" : "en")))
			.append("\">")
			.append(message("nav.language"))
			.append("</a></li>\n")
			.append("            <li><hr class=\"dropdown-divider\"></li>\n")
			.append("            <li>\n")
			.append("              <form action=\"")
			.append(action("/logout", "post"))
			.append("\" method=\"post\" class=\"px-3\">");
		hiddenFields(html);
		html.append("\n                <button type=\"submit\" class=\"btn btn-link p-0 text-decoration-none\">")
			.append(message("nav.logout"))
			.append("</button>\n              </form>\n            </li>\n          </ul>\n        </li>\n      </ul>\n")
			.append("    </div>\n  </div>\n</nav>");
		return html.toString();
	}

	/** The footer and the common scripts, before the page's scripts. */
	String footer() {
		return "<footer class=\"border-top py-3 text-secondary small\">\n  <div class=\"container-xl\">"
				+ message("app.tagline") + "</div>\n</footer>\n<script src=\""
				+ url("/webjars/bootstrap/js/bootstrap.bundle.min.js") + "\"></script>\n<script src=\""
				+ url("/webjars/htmx.org/dist/htmx.min.js") + "\"></script>\n<script src=\"" + url("/js/opora.js")
				+ "\"></script>";
	}

	private String message(String key) {
		return Html.escape(this.messages.getMessage(key, null, this.locale));
	}

	/** {@code @{path}} for a context-relative path, escaped for an attribute. */
	private String url(String path) {
		String link = (this.exchange != null) ? this.exchange.getRequest().getApplicationPath() + path : path;
		return link(link);
	}

	/** A built link as {@code th:href}/{@code th:src} gives it. */
	private String link(String link) {
		String url = transform(link);
		HttpServletRequest request = request();
		if (this.processor != null && request != null) {
			url = this.processor.processUrl(request, url);
		}
		return Html.escape(url);
	}

	/** A form's action as {@code th:action} gives it. */
	private String action(String path, String method) {
		String url = transform(((this.exchange != null) ? this.exchange.getRequest().getApplicationPath() : "") + path);
		HttpServletRequest request = request();
		if (this.processor != null && request != null) {
			url = this.processor.processAction(request, url, method);
		}
		return Html.escape(url);
	}

	private void hiddenFields(StringBuilder html) {
		HttpServletRequest request = request();
		if (this.processor == null || request == null) {
			return;
		}
		Map<String, String> fields = this.processor.getExtraHiddenFields(request);
		if (fields == null) {
			return;
		}
		for (Map.Entry<String, String> field : fields.entrySet()) {
			html.append("<input type=\"hidden\" name=\"")
				.append(Html.escape(field.getKey()))
				.append("\" value=\"")
				.append(Html.escape(field.getValue()))
				.append("\"/>");
		}
	}

	private String transform(String link) {
		return (this.exchange != null) ? this.exchange.transformURL(link) : link;
	}

	private Object attribute(String name) {
		return (this.exchange != null) ? this.exchange.getAttributeValue(name) : null;
	}

	private HttpServletRequest request() {
		return (this.exchange instanceof IServletWebExchange servlet
				&& servlet.getNativeRequestObject() instanceof HttpServletRequest request) ? request : null;
	}

}
