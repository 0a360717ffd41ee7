package ru.opora.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import ru.opora.common.NotFoundException;

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
