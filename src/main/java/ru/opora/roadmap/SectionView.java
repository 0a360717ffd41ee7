package ru.opora.roadmap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A section with its rows and progress.
 */
public record SectionView(Long id, String title, Long riskFactorId, String goal, String tasks, Rag rag,
		String ragExplanation, LocalDateTime reviewedAt, String reviewedBy, LocalDate nextReviewOn,
		boolean reviewOverdue, long version, List<ItemView> items, Progress progress) {

}
