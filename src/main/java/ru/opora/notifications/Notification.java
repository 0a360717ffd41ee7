package ru.opora.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A message for one person: a message key with arguments (rendered in their language) and
 * a link to what it is about.
 */
@Entity
@Table(name = "notification")
@Getter
class Notification {

	static final String SEPARATOR = "\u001f";

	/**
	 * Length of the {@code arguments} column.
	 */
	static final int MAX_ARGUMENTS_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "message_key", nullable = false)
	private String messageKey;

	private String arguments;

	private String link;

	@Column(name = "dedupe_key")
	private String dedupeKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(Long userId, String messageKey, String arguments, String link, String dedupeKey, Instant now) {
		this.userId = userId;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.link = link;
		this.dedupeKey = dedupeKey;
		this.createdAt = now;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

}
