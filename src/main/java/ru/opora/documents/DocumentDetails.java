package ru.opora.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A document's page: versions, reviews with their unmet criteria, the rubric, and what
 * the current user may do.
 */
public record DocumentDetails(Long id, Long programmeYearId, String programmeTitle, Long schoolId, String schoolName,
		DocumentKind kind, String riskFactorLabel, DocumentStatus status, LocalDate dueDate,
		ChecklistItem.Deadline deadline, long version, List<VersionView> versions, List<ReviewView> reviews,
		List<CriterionView> rubric, boolean canUpload, boolean canSubmit, boolean canReview) {

	public VersionView latest() {
		return this.versions.isEmpty() ? null : this.versions.get(0);
	}

	/**
	 * A version and its file.
	 */
	public record VersionView(int number, String fileName, String contentType, long sizeBytes, String comment,
			String uploadedBy, LocalDateTime uploadedAt) {

		public boolean isPdf() {
			return "application/pdf".equals(this.contentType);
		}

		public String sizeKb() {
			return String.valueOf(Math.max(1, (this.sizeBytes + 1023) / 1024));
		}

	}

	/**
	 * A reviewer's decision.
	 */
	public record ReviewView(int versionNumber, DocumentStatus decision, String comment, String reviewer,
			LocalDateTime reviewedAt, List<CriterionView> unmet) {

	}

	/**
	 * A rubric criterion.
	 */
	public record CriterionView(int number, String text) {

	}

}
