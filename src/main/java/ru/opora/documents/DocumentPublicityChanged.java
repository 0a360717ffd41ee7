package ru.opora.documents;

/**
 * A school marked one of its approved documents public or private.
 */
public record DocumentPublicityChanged(Long documentId, Long schoolId) {

}
