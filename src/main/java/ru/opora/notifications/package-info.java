/**
 * In-app notifications (the bell in the menu), and e-mail copies when SMTP is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "common", "web", "users" })
package ru.opora.notifications;
