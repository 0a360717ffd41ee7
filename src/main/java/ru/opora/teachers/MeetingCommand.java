package ru.opora.teachers;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the meeting form says: the day, the topic, a note and which members came.
 */
record MeetingCommand(LocalDate heldOn, String topic, String note, Set<Long> attendees) {

	MeetingCommand {
		attendees = (attendees != null) ? Set.copyOf(attendees) : Set.of();
	}

}
