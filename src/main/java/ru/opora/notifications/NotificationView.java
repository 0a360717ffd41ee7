package ru.opora.notifications;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A notification as the page shows it.
 */
public record NotificationView(Long id, String messageKey, List<String> arguments, String link, LocalDateTime createdAt,
		boolean read) {

	public Object[] argumentsArray() {
		return this.arguments.toArray();
	}

}
