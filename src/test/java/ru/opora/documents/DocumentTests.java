package ru.opora.documents;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every allowed and every forbidden step of the review workflow.
 */
class DocumentTests {

	static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

	@Test
	void aNewDocumentIsADraftWithoutVersions() {
		Document document = concept();
		assertThat(document.getStatus()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(document.getVersionsCount()).isZero();
	}

	@Test
	void theHappyPathUploadSubmitApprove() {
		Document document = concept();
		document.addVersion(1L, "первая", "school", NOW);
		document.submit(NOW);
		assertThat(document.getStatus()).isEqualTo(DocumentStatus.SUBMITTED);
		assertThat(document.getSubmittedAt()).isEqualTo(NOW);
		DocumentReview review = document.approve("curator", null, NOW);
		assertThat(document.getStatus()).isEqualTo(DocumentStatus.APPROVED);
		assertThat(review.getDecision()).isEqualTo(DocumentStatus.APPROVED);
		assertThat(review.getVersionNumber()).isEqualTo(1);
		assertThat(document.getDecidedBy()).isEqualTo("curator");
	}

	@Test
	void returnedThenANewVersionThenApproved() {
		Document document = concept();
		document.addVersion(1L, null, "school", NOW);
		document.submit(NOW);
		DocumentReview returned = document.returnForRevision("curator", "  Нет показателей  ", List.of(3, 1), NOW);
		assertThat(document.getStatus()).isEqualTo(DocumentStatus.RETURNED);
		assertThat(returned.getComment()).isEqualTo("Нет показателей");
		assertThat(returned.unmetCriteriaNumbers()).containsExactly(1, 3);
		DocumentVersion second = document.addVersion(2L, "исправлено", "school", NOW);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(document.getStatus()).isEqualTo(DocumentStatus.DRAFT);
		document.submit(NOW);
		document.approve("curator", "Хорошо", NOW);
		assertThat(document.getStatus()).isEqualTo(DocumentStatus.APPROVED);
		assertThat(document.getVersions()).extracting(DocumentVersion::getNumber).containsExactly(2, 1);
		assertThat(document.getReviews()).extracting(DocumentReview::getDecision)
			.containsExactly(DocumentStatus.APPROVED, DocumentStatus.RETURNED);
	}

	@Nested
	class Forbidden {

		@Test
		void submittingWithoutAFile() {
			assertRefused(() -> concept().submit(NOW), "documents.workflow.noVersion");
		}

		@Test
		void submittingTwice() {
			Document document = submitted();
			assertRefused(() -> document.submit(NOW), "documents.workflow.notDraft");
		}

		@Test
		void submittingAReturnedDocumentWithoutANewVersion() {
			Document document = submitted();
			document.returnForRevision("curator", "Исправить", List.of(), NOW);
			assertRefused(() -> document.submit(NOW), "documents.workflow.newVersionNeeded");
		}

		@Test
		void uploadingWhileUnderReview() {
			Document document = submitted();
			assertRefused(() -> document.addVersion(2L, null, "school", NOW), "documents.workflow.underReview");
			assertThat(document.getVersionsCount()).isEqualTo(1);
		}

		@Test
		void uploadingToAnApprovedDocument() {
			Document document = submitted();
			document.approve("curator", null, NOW);
			assertRefused(() -> document.addVersion(2L, null, "school", NOW), "documents.workflow.alreadyApproved");
		}

		@Test
		void reviewingADraft() {
			Document document = concept();
			document.addVersion(1L, null, "school", NOW);
			assertRefused(() -> document.approve("curator", null, NOW), "documents.workflow.notSubmitted");
			assertRefused(() -> document.returnForRevision("curator", "x", List.of(), NOW),
					"documents.workflow.notSubmitted");
		}

		@Test
		void reviewingTwice() {
			Document document = submitted();
			document.approve("curator", null, NOW);
			assertRefused(() -> document.approve("coordinator", null, NOW), "documents.workflow.notSubmitted");
			assertRefused(() -> document.returnForRevision("coordinator", "x", List.of(), NOW),
					"documents.workflow.notSubmitted");
		}

		@Test
		void returningWithoutAComment() {
			Document document = submitted();
			assertRefused(() -> document.returnForRevision("curator", "   ", List.of(1), NOW),
					"documents.workflow.commentRequired");
			assertThat(document.getStatus()).isEqualTo(DocumentStatus.SUBMITTED);
		}

		@Test
		void anAntiRiskProgrammeWithoutAFactorAndAConceptWithOne() {
			assertThatThrownBy(() -> new Document(1L, 2L, DocumentKind.ANTI_RISK_PROGRAMME, null, NOW))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new Document(1L, 2L, DocumentKind.CONCEPT, 5L, NOW))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

	static Document concept() {
		return new Document(1L, 2L, DocumentKind.CONCEPT, null, NOW);
	}

	static Document submitted() {
		Document document = concept();
		document.addVersion(1L, null, "school", NOW);
		document.submit(NOW);
		return document;
	}

	static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String key) {
		assertThatThrownBy(step).isInstanceOfSatisfying(IllegalDocumentTransitionException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

}
