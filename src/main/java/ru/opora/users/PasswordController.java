package ru.opora.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.web.FlashMessage;

/**
 * Every user changes their own password here; a user with a temporary password is sent
 * here until they do.
 */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class PasswordController {

	private final UserService users;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	@ModelAttribute("mustChange")
	boolean mustChange() {
		return SecurityContextHolder.getContext().getAuthentication() != null && SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal() instanceof OporaUserDetails details && details.isMustChangePassword();
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordForm form) {
		return "users/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "users.password.mismatch");
		}
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "users.password.sameAsCurrent");
		}
		if (result.hasErrors()) {
			return "users/password";
		}
		try {
			this.users.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
		}
		catch (WrongPasswordException ex) {
			result.rejectValue("currentPassword", "users.password.wrongCurrent");
			return "users/password";
		}
		refreshPrincipal(request, response);
		FlashMessage.success(redirect, "users.password.changed");
		return "redirect:/";
	}

	/**
	 * The session's principal no longer needs to change the password.
	 */
	private void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OporaUserDetails details) {
			OporaUserDetails updated = details.withPasswordChanged();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contextRepository.saveContext(context, request, response);
		}
	}

}
