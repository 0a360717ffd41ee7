package ru.opora.warnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the other modules say about one participant school, gathered by
 * {@link WarningFacts} in a few bulk queries: the input of {@link WarningRules}. Dates
 * are days in the portal's time zone.
 */
final class StallFacts {

	final Long schoolId;

	/** documentId → the days it was returned, oldest first (documents not approved). */
	final java.util.Map<Long, List<LocalDate>> returns = new java.util.LinkedHashMap<>();

	final List<OwedDocuments> owed = new ArrayList<>();

	/** The last upload, road-map change or (without either) the day the school joined. */
	LocalDate lastActivity;

	final List<Dated> overdueMeasures = new ArrayList<>();

	final List<Dated> unverifiedProfiles = new ArrayList<>();

	final List<Dated> awaitingReview = new ArrayList<>();

	final List<Dated> pairs = new ArrayList<>();

	StallFacts(Long schoolId) {
		this.schoolId = schoolId;
	}

	/**
	 * Something dated with the page to act on: a measure (due date), a profile (made on),
	 * a document (sent on), a pair (last activity or formed on).
	 */
	record Dated(LocalDate date, String link) {

	}

	/**
	 * Concept documents still owed in a programme year whose deadline passed.
	 */
	record OwedDocuments(LocalDate documentsDue, int count, String link) {

	}

}
