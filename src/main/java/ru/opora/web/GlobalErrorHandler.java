package ru.opora.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import ru.opora.common.NotFoundException;
import ru.opora.common.RuleViolationException;

/**
 * Turns the exceptions a user can cause into the Russian error pages. Anything else goes
 * to Boot's error controller, which renders {@code error/5xx} without a stack trace.
 */
@ControllerAdvice
class GlobalErrorHandler {

	private static final Log log = LogFactory.getLog(GlobalErrorHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletResponse response) {
		return page("error/404", HttpStatus.NOT_FOUND, response);
	}

	/**
	 * A business rule refused a change that no page caught (e.g. a closed programme
	 * year): the user goes back to the page they came from, which shows the rule's
	 * message; an HTMX request is sent there as a whole page. A GET shows the message on
	 * a page of its own.
	 */
	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletRequest request, HttpServletResponse response) {
		log.info("Refused by a rule: " + ex.getMessageKey());
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
			return page("error/422", HttpStatus.UNPROCESSABLE_CONTENT, response).addObject("reason",
					ex.getMessageKey());
		}
		String back = back(request);
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(FlashMessage.ATTRIBUTE, new FlashMessage("warning", ex.getMessageKey(), List.of()));
		if (request.getHeader("HX-Request") != null) {
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			response.setHeader("HX-Redirect", request.getContextPath() + back);
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return new ModelAndView();
		}
		return new ModelAndView("redirect:" + back);
	}

	/**
	 * The page the request came from (its path on this portal, never another host), or
	 * the home page.
	 */
	static String back(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null || referer.length() > 4000) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return "/";
			}
			String path = uri.getRawPath();
			String context = request.getContextPath();
			if (path == null || !path.startsWith(context + "/")) {
				return "/";
			}
			path = path.substring(context.length());
			if (path.startsWith("//") || path.contains("\\")) {
				return "/";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException ex, HttpServletResponse response) {
		log.info("Concurrent change refused: " + ex.getMessage());
		return page("error/409", HttpStatus.CONFLICT, response);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex, HttpServletResponse response) {
		return page("error/400", HttpStatus.BAD_REQUEST, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response) {
		if (mentions(ex, "header section")) {
			// the part's headers (its file name) are too long, not the file
			return page("error/400", HttpStatus.BAD_REQUEST, response).addObject("reason", "error.input.partHeader");
		}
		return page("error/413", HttpStatus.PAYLOAD_TOO_LARGE, response);
	}

	/**
	 * A POST to an upload address that is not a readable multipart form (e.g.
	 * url-encoded, or without its file part).
	 */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ModelAndView notMultipart(Exception ex, HttpServletResponse response) {
		log.info("Upload request refused: " + ex.getMessage());
		return page("error/400", HttpStatus.BAD_REQUEST, response).addObject("reason", "error.input.multipart");
	}

	private ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView mav = new ModelAndView(view);
		mav.setStatus(status);
		mav.addObject("status", status.value());
		return mav;
	}

	private static boolean mentions(Throwable ex, String text) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}

}
