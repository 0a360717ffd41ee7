package ru.opora.warnings;

import java.time.LocalDate;

/**
 * A reason that holds for a school today: since when, for how many items (documents,
 * measures, pairs) and where to act.
 */
record Signal(Reason reason, LocalDate since, int count, String link) {

}
