package ru.opora.warnings;

import java.time.LocalDate;
import java.util.List;

/**
 * A school on the early-warning page or panel: its level, since when, the reasons with
 * the day each started and where to act, and its curators.
 */
public record WarningRow(Long schoolId, String schoolName, Level level, int score, LocalDate levelSince,
		LocalDate computedOn, List<ReasonView> reasons, List<String> curators) {

	/**
	 * One reason: since when, how many items, where to act.
	 */
	public record ReasonView(Reason reason, LocalDate startedOn, int count, String link) {

	}

}
