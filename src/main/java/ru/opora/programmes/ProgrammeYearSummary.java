package ru.opora.programmes;

import java.time.LocalDate;
import java.util.Set;

/**
 * A programme year as other modules and the pages see it.
 */
public record ProgrammeYearSummary(Long id, Long municipalityId, int year, String title, LocalDate documentsDue,
		boolean closed, Set<Long> participantIds, long version) {

	static ProgrammeYearSummary of(ProgrammeYear p) {
		return new ProgrammeYearSummary(p.getId(), p.getMunicipalityId(), p.getYear(), p.getTitle(),
				p.getDocumentsDue(), p.isClosed(), Set.copyOf(p.getParticipantIds()), p.getVersion());
	}

	public boolean hasParticipant(Long schoolId) {
		return this.participantIds.contains(schoolId);
	}

}
