package ru.opora.riskprofile;

/**
 * A participant in the list of a programme year's risk profiles: whether it has a
 * profile, from which source, and who has confirmed it.
 */
public record ProfileStatus(Long schoolId, String schoolName, ProfileSource source, boolean schoolConfirmed,
		boolean curatorConfirmed, int chosen) {

	public boolean exists() {
		return this.source != null;
	}

	public boolean verified() {
		return this.schoolConfirmed && this.curatorConfirmed;
	}

}
