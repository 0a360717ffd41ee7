package ru.opora.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint activity on the pair's page.
 */
public record ActivityView(Long id, Long pairId, Long kindId, String kindName, String topic, LocalDate plannedOn,
		String responsible, String expectedResult, ActivityStatus status, LocalDate heldOn, String place,
		boolean online, Participants participants, String report, String curatorNote, List<FileRef> files, long version,
		boolean overdue) {

	/**
	 * An evidence file.
	 */
	public record FileRef(Long id, String name, long sizeBytes) {

	}

	public LocalDate date() {
		return (this.heldOn != null) ? this.heldOn : this.plannedOn;
	}

}
