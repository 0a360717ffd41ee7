package ru.opora.documents;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * A reviewer's decision on one version: approved, or returned with a comment and the
 * rubric criteria the version did not meet.
 */
@Entity
@Table(name = "document_review")
@Getter
class DocumentReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	@Column(name = "version_number")
	private int versionNumber;

	@Enumerated(EnumType.STRING)
	private DocumentStatus decision;

	private String comment;

	private String reviewer;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "unmet_criteria")
	private String unmetCriteria;

	protected DocumentReview() {
	}

	DocumentReview(Document document, int versionNumber, DocumentStatus decision, String comment, String reviewer,
			List<Integer> unmet, Instant now) {
		this.document = document;
		this.versionNumber = versionNumber;
		this.decision = decision;
		this.comment = comment;
		this.reviewer = reviewer;
		this.unmetCriteria = unmet.isEmpty() ? null
				: unmet.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		this.reviewedAt = now;
	}

	List<Integer> unmetCriteriaNumbers() {
		return (this.unmetCriteria == null) ? List.of()
				: Arrays.stream(this.unmetCriteria.split(",")).map(Integer::valueOf).toList();
	}

}
