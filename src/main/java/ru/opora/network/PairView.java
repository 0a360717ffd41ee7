package ru.opora.network;

import java.time.LocalDate;

/**
 * A pair in lists: the schools, where it came from, how active it is and whether the
 * mentee's curator belongs to the mentor school.
 */
public record PairView(Long id, Long networkId, Long mentorId, String mentorName, Long menteeId, String menteeName,
		String origin, Integer score, boolean active, long held, long planned, LocalDate lastHeld, boolean inactive,
		CuratorCheck curatorCheck) {

	/**
	 * Is the mentee's curator a person of the mentor school (a warning, never a block)?
	 */
	public enum CuratorCheck {

		OK, NO_CURATOR, NOT_FROM_MENTOR

	}

}
