package ru.opora.notifications;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * «Уведомления», and the unread count the layout's bell shows on every page.
 */
@Controller
@RequiredArgsConstructor
class NotificationController {

	private final NotificationService notifications;

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", this.notifications.latest());
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable Long id) {
		String link = this.notifications.open(id);
		return "redirect:" + (link.startsWith("/") ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll() {
		this.notifications.markAllRead();
		return "redirect:/notifications";
	}

}
