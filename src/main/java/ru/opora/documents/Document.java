package ru.opora.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A document a participant school owes in a programme year, with its versions and
 * reviews. The status changes only through the workflow methods, which check the current
 * status.
 */
@Entity
@Table(name = "document")
@Getter
class Document implements DocumentState {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_year_id", nullable = false)
	private Long programmeYearId;

	@Column(name = "school_id", nullable = false)
	private Long schoolId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentKind kind;

	@Column(name = "risk_factor_id")
	private Long riskFactorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentStatus status;

	@Column(name = "versions_count")
	private int versionsCount;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "document", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@OrderBy("number desc")
	private List<DocumentVersion> versions = new ArrayList<>();

	@OneToMany(mappedBy = "document", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@OrderBy("id desc")
	private List<DocumentReview> reviews = new ArrayList<>();

	protected Document() {
	}

	Document(Long programmeYearId, Long schoolId, DocumentKind kind, Long riskFactorId, Instant now) {
		if ((kind == DocumentKind.ANTI_RISK_PROGRAMME) != (riskFactorId != null)) {
			throw new IllegalArgumentException("An anti-risk programme, and only it, belongs to a risk factor");
		}
		this.programmeYearId = programmeYearId;
		this.schoolId = schoolId;
		this.kind = kind;
		this.riskFactorId = riskFactorId;
		this.status = DocumentStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new version: allowed for a draft or a returned document, which becomes a draft
	 * again.
	 */
	DocumentVersion addVersion(Long fileId, String comment, String uploadedBy, Instant now) {
		if (this.status == DocumentStatus.SUBMITTED) {
			throw new IllegalDocumentTransitionException("documents.workflow.underReview");
		}
		if (this.status == DocumentStatus.APPROVED) {
			throw new IllegalDocumentTransitionException("documents.workflow.alreadyApproved");
		}
		this.versionsCount++;
		DocumentVersion version = new DocumentVersion(this, this.versionsCount, fileId, comment, uploadedBy, now);
		this.versions.add(0, version);
		this.status = DocumentStatus.DRAFT;
		this.updatedAt = now;
		return version;
	}

	/**
	 * черновик → на проверке; needs an uploaded version.
	 */
	void submit(Instant now) {
		if (this.status != DocumentStatus.DRAFT) {
			throw new IllegalDocumentTransitionException((this.status == DocumentStatus.RETURNED)
					? "documents.workflow.newVersionNeeded" : "documents.workflow.notDraft");
		}
		if (this.versionsCount == 0) {
			throw new IllegalDocumentTransitionException("documents.workflow.noVersion");
		}
		this.status = DocumentStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/**
	 * на проверке → принят.
	 */
	DocumentReview approve(String reviewer, String comment, Instant now) {
		requireSubmitted();
		this.status = DocumentStatus.APPROVED;
		return decided(DocumentStatus.APPROVED, reviewer, comment, List.of(), now);
	}

	/**
	 * на проверке → на доработке; a comment is required.
	 */
	DocumentReview returnForRevision(String reviewer, String comment, List<Integer> unmetCriteria, Instant now) {
		requireSubmitted();
		if (comment == null || comment.isBlank()) {
			throw new IllegalDocumentTransitionException("documents.workflow.commentRequired");
		}
		this.status = DocumentStatus.RETURNED;
		return decided(DocumentStatus.RETURNED, reviewer, comment.strip(), unmetCriteria, now);
	}

	private DocumentReview decided(DocumentStatus decision, String reviewer, String comment, List<Integer> unmet,
			Instant now) {
		this.decidedAt = now;
		this.decidedBy = reviewer;
		this.updatedAt = now;
		DocumentReview review = new DocumentReview(this, this.versionsCount, decision,
				(comment == null || comment.isBlank()) ? null : comment.strip(), reviewer, unmet, now);
		this.reviews.add(0, review);
		return review;
	}

	private void requireSubmitted() {
		if (this.status != DocumentStatus.SUBMITTED) {
			throw new IllegalDocumentTransitionException("documents.workflow.notSubmitted");
		}
	}

}
