package ru.opora.teachers;

import java.util.Map;

/**
 * A diagnostic form with values the rules refuse: the message key per field (a score's
 * field is {@code score-<areaId>}).
 */
class DiagnosticInvalidException extends RuntimeException {

	private final Map<String, String> errors;

	DiagnosticInvalidException(Map<String, String> errors) {
		super("Invalid diagnostic: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	Map<String, String> errors() {
		return this.errors;
	}

}
