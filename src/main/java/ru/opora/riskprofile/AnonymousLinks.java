package ru.opora.riskprofile;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * The questionnaires' anonymous-link mechanism for other modules: random tokens, the
 * public stateless area {@value #PUBLIC_PATH}{@code **} ({@link SurveySecurityConfig}: no
 * account, no session, no CSRF, the portal's security headers) and the per-client
 * throttle ({@link SurveyThrottle}). Another module maps its respondents' pages under
 * {@code /survey/<its name>/{token}} (two segments, so never mistaken for a risk-profile
 * link) and asks {@link #allow(String, String)} before storing an answer.
 */
@Component
@RequiredArgsConstructor
public class AnonymousLinks {

	/** Pages under this path are public and stateless. */
	public static final String PUBLIC_PATH = "/survey/";

	private final SurveyThrottle throttle;

	/**
	 * A new random token (256 bits, URL-safe).
	 */
	public String newToken() {
		return SurveyService.newToken();
	}

	/**
	 * Is the token well-formed (a cheap check before any query)?
	 */
	public boolean wellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
	}

	/**
	 * Counts a submission of the client (address) on the link; false when it is over the
	 * limit.
	 */
	public boolean allow(String clientAddress, String token) {
		return this.throttle.tryAcquire(clientAddress + "|" + token);
	}

}
