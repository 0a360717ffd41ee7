package ru.opora.warnings;

/**
 * Why a school may be stalling. Shown through {@code Reason.<CONSTANT>}; each has a
 * threshold N (days, or returns for {@link #RETURNED_TWICE}) and a weight per region.
 */
public enum Reason {

	/** A document not yet approved was returned for revision N times or more. */
	RETURNED_TWICE,
	/**
	 * Concept documents still owed N days after the programme year's documents deadline.
	 */
	DOCUMENT_OVERDUE,
	/** No document upload and no road-map change for N days. */
	NO_ACTIVITY,
	/** A road-map measure N days past its due date, neither done nor marked not done. */
	MEASURES_OVERDUE,
	/**
	 * The risk profile not verified by the school and its curator N days after it was
	 * made.
	 */
	VERIFICATION_LATE,
	/** A submitted document not reviewed within N days. */
	REVIEW_LATE,
	/** A mentoring pair without a joint activity held for N days. */
	PAIR_INACTIVE

}
