package ru.opora.programmes;

import ru.opora.common.RuleViolationException;

/**
 * A change to a closed programme year: closed years are read-only until the coordinator
 * reopens them. The portal shows it as a message.
 */
public class ProgrammeYearClosedException extends RuleViolationException {

	public ProgrammeYearClosedException() {
		super("programmes.closed.readOnly");
	}

}
