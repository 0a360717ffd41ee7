package ru.opora.users;

/**
 * An account change the rules refuse; carries the message key to show.
 */
public class IllegalAccountChangeException extends RuntimeException {

	private final String messageKey;

	public IllegalAccountChangeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
