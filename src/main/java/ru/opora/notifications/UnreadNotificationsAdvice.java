package ru.opora.notifications;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count for the bell in the menu of every page (none in web slices without the
 * service).
 */
@ControllerAdvice
@RequiredArgsConstructor
class UnreadNotificationsAdvice {

	private final ObjectProvider<NotificationService> notifications;

	@ModelAttribute("unreadNotifications")
	long unreadNotifications() {
		NotificationService service = this.notifications.getIfAvailable();
		return (service != null) ? service.unreadCount() : 0;
	}

}
