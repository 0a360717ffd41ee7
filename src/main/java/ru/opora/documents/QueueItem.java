package ru.opora.documents;

import java.time.LocalDateTime;

/**
 * A document waiting for review: «На проверке».
 */
public record QueueItem(Long documentId, Long schoolId, String schoolName, DocumentKind kind, String riskFactorLabel,
		int versionNumber, LocalDateTime submittedAt, long daysWaiting, Long programmeYearId) {

}
