package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * One part of a school's ИСБШ: the raw value (a share in percent, or 1/0 for a trait;
 * null when unknown), its favourable score 0–100 and its weight. Unknown parts and parts
 * weighted 0 are left out of the index ({@code counted} false).
 */
public record WellbeingPart(WellbeingFactor factor, BigDecimal value, BigDecimal score, BigDecimal weight,
		boolean counted) {

}
