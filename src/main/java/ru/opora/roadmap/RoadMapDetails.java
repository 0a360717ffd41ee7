package ru.opora.roadmap;

import java.util.List;

import ru.opora.programmes.ProgrammeYearSummary;

/**
 * A whole road map for its page: sections with rows, progress, what the user may do, and
 * the row the user may bring back (undo of the last delete).
 */
public record RoadMapDetails(Long id, RoadMapKind kind, ProgrammeYearSummary year, Long schoolId, String schoolName,
		boolean editable, List<SectionView> sections, Progress progress, ItemView undoable) {

	public List<ItemField> fields() {
		return this.kind.fields();
	}

	public boolean school() {
		return this.kind == RoadMapKind.SCHOOL;
	}

}
