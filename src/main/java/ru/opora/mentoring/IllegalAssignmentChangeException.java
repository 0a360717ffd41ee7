package ru.opora.mentoring;

/**
 * A change of an assignment that the rules refuse; carries the message key to show.
 */
public class IllegalAssignmentChangeException extends RuntimeException {

	private final String messageKey;

	public IllegalAssignmentChangeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
