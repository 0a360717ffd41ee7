package ru.opora.roadmap;

import java.util.List;

/**
 * The two kinds of road map and the columns each one has.
 */
public enum RoadMapKind {

	MUNICIPAL(List.of(ItemField.ACTION, ItemField.DUE, ItemField.RESPONSIBLE, ItemField.INDICATOR, ItemField.STATUS,
			ItemField.DONE_MARK)),

	SCHOOL(List.of(ItemField.TASK, ItemField.ACTION, ItemField.DUE, ItemField.RESPONSIBLE, ItemField.PARTICIPANTS,
			ItemField.INDICATOR, ItemField.EXPECTED_RESULT, ItemField.STATUS));

	private final List<ItemField> fields;

	RoadMapKind(List<ItemField> fields) {
		this.fields = fields;
	}

	public List<ItemField> fields() {
		return this.fields;
	}

}
