package ru.opora.documents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * One uploaded version of a document. Never changed or deleted.
 */
@Entity
@Table(name = "document_version")
@Getter
class DocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private int number;

	@Column(name = "file_id", nullable = false)
	private Long fileId;

	private String comment;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected DocumentVersion() {
	}

	DocumentVersion(Document document, int number, Long fileId, String comment, String uploadedBy, Instant now) {
		this.document = document;
		this.number = number;
		this.fileId = fileId;
		this.comment = comment;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

}
