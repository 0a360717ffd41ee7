package ru.opora.indicators;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import ru.opora.publicsite.PublicIndicatorLine;
import ru.opora.publicsite.PublicIndicatorSource;

/**
 * The indicators a coordinator marked public, on the municipality's public page: this
 * module's {@link PublicIndicators} behind the public page's SPI (the public page caches
 * what it shows, so a change of the «публично» flag appears within its cache time).
 */
@Component
@RequiredArgsConstructor
class PublicPageIndicators implements PublicIndicatorSource {

	private final PublicIndicators indicators;

	@Override
	public List<PublicIndicatorLine> forMunicipality(long municipalityId) {
		return this.indicators.forMunicipality(municipalityId)
			.stream()
			.map((v) -> new PublicIndicatorLine(v.number(), v.name(), v.valueText(), v.targetText(), v.statusText()))
			.toList();
	}

}
