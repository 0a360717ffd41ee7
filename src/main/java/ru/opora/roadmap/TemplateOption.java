package ru.opora.roadmap;

import java.time.LocalDateTime;

/**
 * A template of the municipal library, offered for a section with the same risk factor.
 */
public record TemplateOption(Long id, String title, String createdBy, LocalDateTime createdAt, int items) {

}
