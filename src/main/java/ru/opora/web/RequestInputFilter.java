package ru.opora.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The portal-wide guard on request input, before anything else sees it:
 * <ul>
 * <li>a NUL character (0x00) in any parameter name or value, or in an upload's file name,
 * is refused with 400 and a clear message (PostgreSQL cannot store it, so no field of the
 * portal could take it);</li>
 * <li>parameters that are not valid UTF-8 (or otherwise unreadable) are refused with 400
 * and logged at WARN in one line, not as an error with a stack trace;</li>
 * <li>a direct request for {@code /error} (not an error dispatch) is answered 404.</li>
 * </ul>
 * The error page shows the reason put in {@link #REASON_ATTRIBUTE} (a message key).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestInputFilter extends OncePerRequestFilter {

	/**
	 * Request attribute holding the message key of the reason a request was refused,
	 * shown by the error page.
	 */
	public static final String REASON_ATTRIBUTE = "opora.error.reason";

	private static final Log log = LogFactory.getLog(RequestInputFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("/error".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			log.warn("Unreadable request parameters refused (" + request.getMethod() + " " + request.getRequestURI()
					+ "): " + ex.getMessage());
			refuse(request, response, "error.input.encoding");
			return;
		}
		if (containsNul(parameters) || nulInFileName(request)) {
			log.info("Request with a NUL character refused: " + request.getMethod() + " " + request.getRequestURI());
			refuse(request, response, "error.input.nul");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean containsNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (hasNul(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (hasNul(value)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean nulInFileName(HttpServletRequest request) {
		if (request instanceof MultipartHttpServletRequest multipart) {
			for (MultipartFile file : multipart.getFileMap().values()) {
				if (hasNul(file.getOriginalFilename())) {
					return true;
				}
			}
		}
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		try {
			for (Part part : request.getParts()) {
				if (hasNul(part.getSubmittedFileName()) || hasNul(part.getName())) {
					return true;
				}
			}
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			// a request that cannot be read as multipart is refused further on (size, or
			// the controller's own check)
			return false;
		}
		return false;
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		request.setAttribute(REASON_ATTRIBUTE, reason);
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
