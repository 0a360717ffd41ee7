package ru.opora.analysis;

import java.time.LocalDateTime;

/**
 * An import of a file as pages show it.
 */
public record ImportInfo(Long id, String kind, String fileName, String createdBy, LocalDateTime createdAt) {

}
