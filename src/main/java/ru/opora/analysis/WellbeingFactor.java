package ru.opora.analysis;

/**
 * The parts of the social-wellbeing index (ИСБШ). Shares of the social passport count as
 * favourable (higher education of both parents: the share itself) or adverse (100 minus
 * the share); the school's traits count 0 when present and 100 when absent. Shown through
 * {@code WellbeingFactor.<CONSTANT>}.
 */
public enum WellbeingFactor {

	HIGHER_EDUCATION(Kind.FAVOURABLE_SHARE), LOW_INCOME(Kind.ADVERSE_SHARE), SINGLE_PARENT(Kind.ADVERSE_SHARE),
	DISABILITY(Kind.ADVERSE_SHARE), NON_NATIVE(Kind.ADVERSE_SHARE), PREVENTIVE(Kind.ADVERSE_SHARE), RURAL(Kind.TRAIT),
	SMALL_SCHOOL(Kind.TRAIT), REMOTE(Kind.TRAIT);

	enum Kind {

		FAVOURABLE_SHARE, ADVERSE_SHARE, TRAIT

	}

	private final Kind kind;

	WellbeingFactor(Kind kind) {
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

	public boolean isShare() {
		return this.kind != Kind.TRAIT;
	}

	public boolean isFavourable() {
		return this.kind == Kind.FAVOURABLE_SHARE;
	}

}
