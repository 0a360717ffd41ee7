package ru.opora.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the current path (active menu item) and paging links.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks(HttpServletRequest request) {
		return new PageLinks(request.getRequestURI(), request.getQueryString());
	}

}
