package ru.opora.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/**
 * One item of a document kind's review rubric (reference data).
 */
@Entity
@Table(name = "review_criterion")
@Getter
class ReviewCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private int number;

	private String text;

	protected ReviewCriterion() {
	}

}
