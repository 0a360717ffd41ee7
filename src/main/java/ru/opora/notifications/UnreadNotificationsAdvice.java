package ru.opora.notifications;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count for the bell in the menu of every page.
 */
@ControllerAdvice
@RequiredArgsConstructor
class UnreadNotificationsAdvice {

	private final NotificationService notifications;

	@ModelAttribute("unreadNotifications")
	long unreadNotifications() {
		return this.notifications.unreadCount();
	}

}
