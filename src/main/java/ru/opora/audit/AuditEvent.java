package ru.opora.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * One line of the audit log. Written once, never changed.
 */
@Entity
@Table(name = "audit_event")
@Getter
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	private String username;

	@Column(nullable = false)
	private String action;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	private String details;

	@Column(name = "remote_address")
	private String remoteAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String username, String action, String entityType, String entityId, String details,
			String remoteAddress) {
		this.occurredAt = occurredAt;
		this.username = truncate(username, 100);
		this.action = action;
		this.entityType = entityType;
		this.entityId = truncate(entityId, 60);
		this.details = details;
		this.remoteAddress = truncate(remoteAddress, 64);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
