package ru.opora.mentoring;

import ru.opora.common.RuleViolationException;

/**
 * A change of an assignment that the rules refuse; carries the message key to show.
 */
public class IllegalAssignmentChangeException extends RuleViolationException {

	public IllegalAssignmentChangeException(String messageKey) {
		super(messageKey);
	}

}
