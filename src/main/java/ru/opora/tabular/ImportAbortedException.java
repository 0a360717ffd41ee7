package ru.opora.tabular;

/**
 * Thrown by a row handler to stop reading a file (e.g. its header is wrong, or there are
 * too many rows); what made it stop is already recorded by the handler.
 */
public class ImportAbortedException extends RuntimeException {

	public ImportAbortedException() {
		super("import aborted");
	}

}
