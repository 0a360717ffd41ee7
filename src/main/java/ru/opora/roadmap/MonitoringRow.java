package ru.opora.roadmap;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One participant on the coordinator's monitoring page.
 */
public record MonitoringRow(Long schoolId, String schoolName, Long roadMapId, Progress progress, Rag rag,
		int unreviewedSections, LocalDate nextReview, LocalDateTime lastActivity, boolean inactive) {

}
