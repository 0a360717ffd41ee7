package ru.opora.network;

import ru.opora.analysis.SchoolGroup;

/**
 * A school of the municipality on the set-up page, with its group from «Анализ школ» and
 * the role the group suggests.
 */
public record Candidate(Long schoolId, String shortName, SchoolGroup group, boolean persistentlyLow,
		boolean participant, MemberRole suggestedRole) {

}
