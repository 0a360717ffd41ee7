package ru.opora.riskprofile;

import java.time.LocalDateTime;
import java.util.List;

import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolDetails;

/**
 * A participant's risk profile page: the profile (if any), its verification, and what the
 * current user may do: confirm it (as the school or as its curator), change a
 * significance (the curator), choose the factors to work on (once verified).
 */
public record RiskProfileDetails(ProgrammeYearSummary programme, SchoolDetails school, boolean exists,
		ProfileSource source, String sourceNote, String createdBy, LocalDateTime createdAt, String schoolConfirmedBy,
		LocalDateTime schoolConfirmedAt, String curatorConfirmedBy, LocalDateTime curatorConfirmedAt, long version,
		List<ProfileRow> rows, ConfirmAs confirmAs, boolean canChange, boolean canChoose, int maxChosen) {

	/**
	 * In which role the current user may confirm the profile now (NONE: may not, or has
	 * already).
	 */
	public enum ConfirmAs {

		SCHOOL, CURATOR, NONE

	}

	public boolean verified() {
		return this.schoolConfirmedAt != null && this.curatorConfirmedAt != null;
	}

	public boolean canConfirm() {
		return this.confirmAs != ConfirmAs.NONE;
	}

	public List<ProfileRow> chosen() {
		return this.rows.stream().filter(ProfileRow::chosen).toList();
	}

}
