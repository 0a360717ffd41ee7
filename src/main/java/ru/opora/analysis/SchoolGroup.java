package ru.opora.analysis;

/**
 * The four groups of the two axes, and «нет данных» when an axis is unknown. Shown
 * through {@code SchoolGroup.<CONSTANT>}.
 */
public enum SchoolGroup {

	/** high results, favourable context: сильные */
	STRONG,
	/** high results, adverse context: резильентные */
	RESILIENT,
	/** low results, favourable context: зона риска (low potential) */
	RISK_ZONE,
	/** low results, adverse context: ШНОР + ШФНСУ */
	LOW_ADVERSE,
	/** results or social passport missing */
	NO_DATA;

	static SchoolGroup of(ResultLevel results, SocialContext context) {
		if (results == ResultLevel.NO_DATA || context == SocialContext.NO_DATA) {
			return NO_DATA;
		}
		boolean low = results == ResultLevel.LOW;
		boolean adverse = context == SocialContext.ADVERSE;
		if (low) {
			return adverse ? LOW_ADVERSE : RISK_ZONE;
		}
		return adverse ? RESILIENT : STRONG;
	}

}
