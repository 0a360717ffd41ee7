package ru.opora.roadmap;

import java.util.List;

/**
 * Evidence and the comment thread of one measure.
 */
public record MeasureDetails(Long roadMapId, ItemView item, boolean editable, List<EvidenceView> evidence,
		List<CommentView> comments) {

}
