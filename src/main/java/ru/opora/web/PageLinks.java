package ru.opora.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a list that keep its filters: {@code ${pageLinks.withPage(2)}}.
 */
public final class PageLinks {

	private final String path;

	private final String query;

	PageLinks(String path, String query) {
		this.path = path;
		this.query = query;
	}

	public String withPage(int page) {
		return UriComponentsBuilder.fromPath(this.path)
			.query(this.query)
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
