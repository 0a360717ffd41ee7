package ru.opora.users;

import ru.opora.common.RuleViolationException;

/**
 * An account change the rules refuse; carries the message key to show.
 */
public class IllegalAccountChangeException extends RuleViolationException {

	public IllegalAccountChangeException(String messageKey) {
		super(messageKey);
	}

}
