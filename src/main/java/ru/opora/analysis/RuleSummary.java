package ru.opora.analysis;

import java.time.Instant;

/**
 * The rule in force for the default (no region) or a region: its parameters, whether they
 * are the region's own, and the version to edit it with (-1: the region has none yet).
 */
public record RuleSummary(Long regionId, String regionName, boolean own, ClassificationParameters parameters,
		long version, String updatedBy, Instant updatedAt) {

	public boolean isDefault() {
		return this.regionId == null;
	}

}
