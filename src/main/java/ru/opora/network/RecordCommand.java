package ru.opora.network;

import java.time.LocalDate;

/**
 * What recording a held activity takes.
 */
public record RecordCommand(LocalDate heldOn, Participants participants, String report) {

}
