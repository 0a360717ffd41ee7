package ru.opora.warnings;

import java.time.LocalDate;

/**
 * A school's level as the job last computed it: the score, since when it has been at this
 * level, since when at «риск» without a break (null unless at «риск»).
 */
record SchoolLevel(Long schoolId, Level level, int score, LocalDate levelSince, LocalDate riskSince,
		LocalDate computedOn) {

}
