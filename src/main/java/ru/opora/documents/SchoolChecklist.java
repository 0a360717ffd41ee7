package ru.opora.documents;

import java.util.List;

/**
 * What a participant school owes in a programme year.
 */
public record SchoolChecklist(Long programmeYearId, String programmeTitle, Long schoolId, String schoolName,
		List<ChecklistItem> items, boolean canUpload) {

	public long approvedCount() {
		return this.items.stream().filter((i) -> i.status() == DocumentStatus.APPROVED).count();
	}

	public long requiredCount() {
		return this.items.stream().filter((i) -> i.kind().isConceptDocument()).count();
	}

}
