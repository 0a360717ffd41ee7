package ru.opora.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links that keep the current filters: {@code ${@urls.withPage(2)}}.
 */
@Component("urls")
public class Urls {

	public String withPage(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
