package ru.opora.documents;

/**
 * A school sent a document for review.
 */
public record DocumentSubmitted(Long documentId, Long schoolId) {

}
