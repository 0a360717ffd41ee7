package ru.opora.warnings;

import java.util.List;

import ru.opora.common.PagedResult;
import ru.opora.users.PersonSummary;

/**
 * «Раннее предупреждение»: one page of the schools in the user's scope that pass the
 * filters, the counts per level before filtering, and the curators to filter by.
 */
public record WarningBoard(PagedResult<WarningRow> result, long risk, long attention, long normal,
		List<PersonSummary> curators) {

}
