package ru.opora.users;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The logged-in person as {@code me} in every page's model (the layout shows name and
 * role).
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	CurrentUser me() {
		return CurrentUser.current().orElse(null);
	}

}
