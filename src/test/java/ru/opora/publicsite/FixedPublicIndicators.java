package ru.opora.publicsite;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A test-only {@link PublicIndicatorSource}: returns the lines a test put in for its own
 * municipality, nothing for any other (so that the demo pages and other tests see no
 * indicators section).
 */
@Component
class FixedPublicIndicators implements PublicIndicatorSource {

	static final Map<Long, List<PublicIndicatorLine>> LINES = new ConcurrentHashMap<>();

	@Override
	public List<PublicIndicatorLine> forMunicipality(long municipalityId) {
		return LINES.getOrDefault(municipalityId, List.of());
	}

}
