package ru.opora.users;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Spring Security's default CSRF handling (masked tokens), except that the token is taken
 * only from the header or the form body, never from the query string: a token in a URL
 * ends up in logs, histories and Referer headers.
 */
class BodyOrHeaderCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String header = request.getHeader(csrfToken.getHeaderName());
		if (header == null && inQueryString(request, csrfToken.getParameterName())) {
			return null;
		}
		return this.delegate.resolveCsrfTokenValue(request, csrfToken);
	}

	private static boolean inQueryString(HttpServletRequest request, String parameterName) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return false;
		}
		try {
			return UriComponentsBuilder.newInstance()
				.query(query)
				.build()
				.getQueryParams()
				.keySet()
				.stream()
				.anyMatch((name) -> parameterName
					.equals(java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
