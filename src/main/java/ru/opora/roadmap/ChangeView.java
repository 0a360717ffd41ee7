package ru.opora.roadmap;

import java.time.LocalDateTime;

/**
 * One line of a road map's history: who (the person's name, {@code username} the login),
 * when, what, old → new. {@code rowNumber} is the number the row shows in the table now
 * (null for a deleted row); {@code fieldKey} the message key of the field's name, the
 * same as its column header.
 */
public record ChangeView(Long id, LocalDateTime at, String username, String action, Long itemId, String field,
		String oldValue, String newValue, String who, Integer rowNumber, String fieldKey) {

}
