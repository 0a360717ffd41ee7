package ru.opora.audit;

import java.time.LocalDateTime;

/**
 * A line of the audit log as the admin page shows it.
 */
public record AuditEntry(Long id, LocalDateTime occurredAt, String username, String action, String entityType,
		String entityId, String details, String remoteAddress) {

}
