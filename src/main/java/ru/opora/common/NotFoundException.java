package ru.opora.common;

/**
 * Something the user asked for does not exist; rendered as the 404 page.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	public NotFoundException(String messageKey, Object id) {
		super(messageKey + " " + id);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
