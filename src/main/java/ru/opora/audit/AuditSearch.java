package ru.opora.audit;

import java.time.LocalDate;

/**
 * Filters of the audit page; every one may be empty.
 */
public record AuditSearch(String username, String action, String entityType, LocalDate from, LocalDate to) {

	public static AuditSearch none() {
		return new AuditSearch(null, null, null, null, null);
	}

}
