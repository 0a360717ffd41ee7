package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * Writes values in PostgreSQL's COPY text format.
 */
final class CopyText {

	private CopyText() {
	}

	static void field(StringBuilder out, Object value, boolean last) {
		if (value == null) {
			out.append("\\N");
		}
		else if (value instanceof BigDecimal d) {
			out.append(d.toPlainString());
		}
		else if (value instanceof String s) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(c);
				}
			}
		}
		else {
			out.append(value);
		}
		out.append(last ? '\n' : '\t');
	}

}
