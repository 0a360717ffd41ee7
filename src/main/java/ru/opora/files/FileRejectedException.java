package ru.opora.files;

import ru.opora.common.RuleViolationException;

/**
 * An upload refused for a reason the user can fix: empty, too large, of a kind not
 * accepted, a bad name. The message key says which; {@link #getArgument()} may carry a
 * limit.
 */
public class FileRejectedException extends RuleViolationException {

	private final Object argument;

	public FileRejectedException(String messageKey, Object argument) {
		super(messageKey);
		this.argument = argument;
	}

	public Object getArgument() {
		return this.argument;
	}

}
