package ru.opora.documents;

/**
 * A reviewer confirmed a document.
 */
public record DocumentApproved(Long documentId, Long schoolId) {

}
