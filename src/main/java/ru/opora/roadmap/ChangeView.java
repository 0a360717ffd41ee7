package ru.opora.roadmap;

import java.time.LocalDateTime;

/**
 * One line of a road map's history: who, when, what, old → new.
 */
public record ChangeView(Long id, LocalDateTime at, String username, String action, Long itemId, String field,
		String oldValue, String newValue) {

}
