package ru.opora.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;

/**
 * The public API for the municipality's public page (no login): the indicators its
 * coordinator marked public, for its current period (the newest open programme year, at
 * the checkpoint today falls before: mid-year until 30 June, final after). Text only, no
 * school names; nothing when nothing is marked or the municipality has no open programme
 * year.
 */
@Service
@RequiredArgsConstructor
public class PublicIndicators {

	private final IndicatorStore store;

	private final IndicatorSources sources;

	private final ProgrammeService programmes;

	private final ValueFormat format;

	private final Clock clock;

	/**
	 * The public indicators of a municipality in the locale of the request (Russian by
	 * default), in the catalogue's order.
	 */
	@Transactional(readOnly = true)
	public List<PublicIndicatorValue> forMunicipality(long municipalityId) {
		Set<String> shown = this.store.publicCodes(municipalityId);
		if (shown.isEmpty()) {
			return List.of();
		}
		Optional<ProgrammeYearSummary> year = this.programmes.openYearsUnchecked()
			.stream()
			.filter((p) -> p.municipalityId() == municipalityId)
			.max(Comparator.comparing(ProgrammeYearSummary::year).thenComparing(ProgrammeYearSummary::id));
		if (year.isEmpty()) {
			return List.of();
		}
		Checkpoint checkpoint = LocalDate.now(this.clock).isAfter(Checkpoint.MIDYEAR.date(year.get().year()))
				? Checkpoint.FINAL : Checkpoint.MIDYEAR;
		Period period = IndicatorService.period(year.get(), checkpoint);
		Map<String, Computed> computed = this.sources.compute(municipalityId, List.of(period)).get(period);
		Map<String, IndicatorStore.Entry> entries = new java.util.HashMap<>();
		this.store.entries(List.of(period.programmeYearId()))
			.stream()
			.filter((e) -> e.checkpoint() == checkpoint)
			.forEach((e) -> entries.put(e.code(), e));
		Locale locale = LocaleContextHolder.getLocale();
		List<PublicIndicatorValue> out = new ArrayList<>();
		for (Indicator i : this.store.catalogue()) {
			if (i.heading() || !shown.contains(i.code())) {
				continue;
			}
			IndicatorStore.Entry e = entries.get(i.code());
			BigDecimal value = IndicatorService.valueOf(i, computed.get(i.code()), e);
			BigDecimal target = (e != null) ? e.target() : null;
			IndicatorStatus status = IndicatorComputations.status(i.kind(), i.higherBetter(), target, value);
			out.add(new PublicIndicatorValue(i.code(), i.name(locale), i.kind(), this.format.unit(i, locale),
					this.format.text(i, value, locale), this.format.text(i, target, locale), status,
					this.format.status(status, locale)));
		}
		return out;
	}

}
