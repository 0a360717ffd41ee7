package ru.opora.documents;

import ru.opora.common.RuleViolationException;

/**
 * A workflow step that the document's current status does not allow.
 */
public class IllegalDocumentTransitionException extends RuleViolationException {

	public IllegalDocumentTransitionException(String messageKey) {
		super(messageKey);
	}

}
