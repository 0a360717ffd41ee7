package ru.opora.users;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every login, successful or not, goes into the audit log; wrong passwords count towards
 * the lockout.
 */
@Component
@RequiredArgsConstructor
class LoginEvents {

	private final UserService users;

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.users.loginSucceeded(event.getAuthentication().getName());
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.users.loginFailed(event.getAuthentication().getName(), event.getException().getClass().getSimpleName(),
				event.getException() instanceof BadCredentialsException);
	}

}
