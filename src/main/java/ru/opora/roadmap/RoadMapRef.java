package ru.opora.roadmap;

import java.util.List;

/**
 * What a row fragment needs to know about its road map: id, kind, whether the user may
 * edit.
 */
public record RoadMapRef(Long id, RoadMapKind kind, boolean editable) {

	public List<ItemField> fields() {
		return this.kind.fields();
	}

	public boolean school() {
		return this.kind == RoadMapKind.SCHOOL;
	}

}
