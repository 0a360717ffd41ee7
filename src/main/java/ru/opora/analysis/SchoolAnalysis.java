package ru.opora.analysis;

import java.util.List;

import ru.opora.schools.SchoolFacts;

/**
 * A school's analysis page: every year's classification with its figures (newest first),
 * the rule in force, the passports on record and where the data came from.
 */
public record SchoolAnalysis(SchoolFacts school, ClassificationParameters rule, List<YearClassification> years,
		List<Integer> passportYears, List<ImportInfo> imports, boolean canEditPassport) {

}
