package ru.opora.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The record of a stored file: its original name, detected type, size and checksum. Never
 * changed once written.
 */
@Entity
@Table(name = "stored_file")
@Getter
class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String sha256;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected StoredFile() {
	}

	StoredFile(String storageKey, String originalName, String contentType, long sizeBytes, String sha256,
			String createdBy, Instant createdAt) {
		this.storageKey = storageKey;
		this.originalName = originalName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	FileInfo info() {
		return new FileInfo(this.id, this.originalName, this.contentType, this.sizeBytes, this.sha256, this.createdAt);
	}

}
