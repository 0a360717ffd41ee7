package ru.opora.roadmap;

import java.util.Locale;
import java.util.Optional;

/**
 * An editable cell of a road-map row. {@link #code()} is the name used in URLs and the
 * history.
 */
public enum ItemField {

	TASK(2000), ACTION(4000), DUE(200), RESPONSIBLE(1000), PARTICIPANTS(1000), INDICATOR(2000), EXPECTED_RESULT(2000),
	STATUS(20), DONE_MARK(2000);

	private final int maxLength;

	private final String code;

	ItemField(int maxLength) {
		this.maxLength = maxLength;
		this.code = name().toLowerCase(Locale.ROOT);
	}

	public int maxLength() {
		return this.maxLength;
	}

	public String code() {
		// worked out once: a road map's page asks it three times per cell
		return this.code;
	}

	public boolean multiline() {
		return this != DUE && this != STATUS;
	}

	public static Optional<ItemField> fromParam(String param) {
		for (ItemField f : values()) {
			if (f.code().equals(param)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

}
