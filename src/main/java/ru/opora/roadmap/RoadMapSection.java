package ru.opora.roadmap;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

import ru.opora.common.RuleViolationException;

/**
 * A section of a road map: a stage of the municipal one, or a chosen risk factor of a
 * school's with its goal, tasks and the last progress review (RAG, explanation, next
 * review date).
 */
@Entity
@Table(name = "road_map_section")
@Getter
class RoadMapSection {

	static final int MAX_EXPLANATION = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "road_map_id", nullable = false)
	private Long roadMapId;

	private int position;

	@Column(nullable = false)
	private String title;

	@Column(name = "risk_factor_id")
	private Long riskFactorId;

	private String goal;

	private String tasks;

	@Enumerated(EnumType.STRING)
	private Rag rag;

	@Column(name = "rag_explanation")
	private String ragExplanation;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "next_review_on")
	private LocalDate nextReviewOn;

	@Version
	private long version;

	protected RoadMapSection() {
	}

	RoadMapSection(Long roadMapId, int position, String title, Long riskFactorId) {
		this.roadMapId = roadMapId;
		this.position = position;
		this.title = title;
		this.riskFactorId = riskFactorId;
	}

	void plan(String goal, String tasks) {
		this.goal = trimmed(goal, 4000);
		this.tasks = trimmed(tasks, 4000);
	}

	/**
	 * A progress review: the RAG needs a short explanation every time, and the next
	 * review lies after today.
	 */
	void review(Rag rag, String explanation, LocalDate nextReview, String username, Instant now, LocalDate today) {
		String text = trimmed(explanation, MAX_EXPLANATION);
		if (rag == null) {
			throw new RuleViolationException("roadmap.review.ragRequired");
		}
		if (text == null) {
			throw new RuleViolationException("roadmap.review.explanationRequired");
		}
		if (nextReview == null || !nextReview.isAfter(today)) {
			throw new RuleViolationException("roadmap.review.nextReviewFuture");
		}
		this.rag = rag;
		this.ragExplanation = text;
		this.nextReviewOn = nextReview;
		this.reviewedBy = username;
		this.reviewedAt = now;
	}

	private static String trimmed(String value, int max) {
		String v = (value != null && !value.isBlank()) ? value.strip() : null;
		if (v != null && v.length() > max) {
			throw new RuleViolationException("roadmap.cell.tooLong");
		}
		return v;
	}

}
