package ru.opora.documents;

/**
 * Kinds of document. Shown through {@code DocumentKind.<CONSTANT>}.
 */
public enum DocumentKind {

	/** Концепция развития */
	CONCEPT(true),
	/** Среднесрочная программа развития */
	MEDIUM_TERM_PROGRAMME(true),
	/** Программа антирисковых мер: one per chosen risk factor */
	ANTI_RISK_PROGRAMME(true),
	/** Промежуточный отчёт */
	INTERIM_REPORT(false),
	/** Итоговый отчёт */
	FINAL_REPORT(false);

	private final boolean conceptDocument;

	DocumentKind(boolean conceptDocument) {
		this.conceptDocument = conceptDocument;
	}

	/**
	 * Due by the programme year's documents deadline (reports have no such deadline).
	 */
	public boolean isConceptDocument() {
		return this.conceptDocument;
	}

}
