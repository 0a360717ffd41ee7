package ru.opora.documents;

/**
 * A reviewer returned a document for revision.
 */
public record DocumentReturned(Long documentId, Long schoolId) {

}
