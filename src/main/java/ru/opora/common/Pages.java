package ru.opora.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Page requests from untrusted page numbers: negative or huge values are clamped.
 */
public final class Pages {

	public static final int DEFAULT_SIZE = 20;

	private static final int MAX_PAGE = 100_000;

	private Pages() {
	}

	public static Pageable of(Integer page, int size, Sort sort) {
		int number = (page == null || page < 0) ? 0 : Math.min(page, MAX_PAGE);
		return PageRequest.of(number, size, sort);
	}

}
