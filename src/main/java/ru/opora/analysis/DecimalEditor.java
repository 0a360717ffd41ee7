package ru.opora.analysis;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import ru.opora.tabular.CellValues;

/**
 * Binds «12,5», «12.5» and «12,5 %» to a BigDecimal; empty to null.
 */
class DecimalEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		BigDecimal value = CellValues.parseNumber(text.trim());
		if (value == null) {
			throw new IllegalArgumentException("Not a number: " + text);
		}
		setValue(value);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value instanceof BigDecimal d) ? d.stripTrailingZeros().toPlainString() : "";
	}

}
