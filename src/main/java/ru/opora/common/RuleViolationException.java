package ru.opora.common;

/**
 * A change that a business rule refuses and that the user can correct; carries the
 * message key the page shows.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	public RuleViolationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
