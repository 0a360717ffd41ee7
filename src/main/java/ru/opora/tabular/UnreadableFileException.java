package ru.opora.tabular;

/**
 * The uploaded file is not an XLSX or CSV table that can be read; carries the message key
 * of the reason.
 */
public class UnreadableFileException extends RuntimeException {

	private final String messageKey;

	public UnreadableFileException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public UnreadableFileException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
