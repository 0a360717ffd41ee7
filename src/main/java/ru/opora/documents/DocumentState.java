package ru.opora.documents;

import java.time.Instant;

/**
 * What a checklist needs of a document: a {@link Document} itself, or a
 * {@link DocumentState.Row} read without loading the entity (the monitoring of a whole
 * programme year).
 */
interface DocumentState {

	Long getId();

	Long getSchoolId();

	DocumentKind getKind();

	Long getRiskFactorId();

	DocumentStatus getStatus();

	int getVersionsCount();

	Instant getUpdatedAt();

	/**
	 * A document's state as a projection query reads it.
	 */
	record Row(Long id, Long schoolId, DocumentKind kind, Long riskFactorId, DocumentStatus status, int versionsCount,
			Instant updatedAt) implements DocumentState {

		@Override
		public Long getId() {
			return this.id;
		}

		@Override
		public Long getSchoolId() {
			return this.schoolId;
		}

		@Override
		public DocumentKind getKind() {
			return this.kind;
		}

		@Override
		public Long getRiskFactorId() {
			return this.riskFactorId;
		}

		@Override
		public DocumentStatus getStatus() {
			return this.status;
		}

		@Override
		public int getVersionsCount() {
			return this.versionsCount;
		}

		@Override
		public Instant getUpdatedAt() {
			return this.updatedAt;
		}

	}

}
