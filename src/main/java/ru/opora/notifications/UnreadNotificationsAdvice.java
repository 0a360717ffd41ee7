package ru.opora.notifications;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count for the bell in the menu of every page (none in web slices without the
 * service). Counted only when a page's menu asks for it, not for redirects and HTMX
 * parts.
 */
@ControllerAdvice
@RequiredArgsConstructor
class UnreadNotificationsAdvice {

	private final ObjectProvider<NotificationService> notifications;

	/**
	 * The service, looked up once: asking the bean factory on every request (a search of
	 * the candidates by type) cost more than the advice's own work.
	 */
	private volatile Optional<NotificationService> service;

	@ModelAttribute("unreadNotifications")
	UnreadCount unreadNotifications() {
		Optional<NotificationService> found = this.service;
		if (found == null) {
			found = Optional.ofNullable(this.notifications.getIfAvailable());
			this.service = found;
		}
		return new UnreadCount(found.orElse(null));
	}

	/** Counts on first use, once per page. */
	public static final class UnreadCount {

		private final NotificationService service;

		private Long count;

		UnreadCount(NotificationService service) {
			this.service = service;
		}

		public long getCount() {
			if (this.count == null) {
				this.count = (this.service != null) ? this.service.unreadCount() : 0L;
			}
			return this.count;
		}

	}

}
