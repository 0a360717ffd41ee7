package ru.opora.common;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as the views need it.
 */
public record PagedResult<T>(List<T> content, int page, int size, long totalElements) {

	public static <E, T> PagedResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PagedResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/**
	 * One page (0-based, {@code null} = the first; past the end = the last) of a list
	 * that is already in memory.
	 */
	public static <T> PagedResult<T> slice(List<T> all, Integer page, int size) {
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int number = Math.min(Math.max((page != null) ? page : 0, 0), pages - 1);
		int from = number * size;
		return new PagedResult<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), number, size,
				all.size());
	}

	public int totalPages() {
		return (this.size == 0) ? 1 : (int) Math.max(1, (this.totalElements + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean isEmpty() {
		return this.content.isEmpty();
	}

}
