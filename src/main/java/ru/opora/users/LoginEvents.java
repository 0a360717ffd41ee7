package ru.opora.users;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
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

	private static final Log log = LogFactory.getLog(LoginEvents.class);

	private final UserService users;

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		try {
			this.users.loginSucceeded(username);
		}
		catch (RuntimeException ex) {
			// recording a login never fails the login itself
			log.warn("Could not record the login of " + username + ": " + ex);
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		try {
			this.users.loginFailed(username, event.getException().getClass().getSimpleName(),
					event.getException() instanceof BadCredentialsException
							|| event.getException() instanceof LockedException);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the failed login of " + username + ": " + ex);
		}
	}

}
