package ru.opora.indicators;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.NotFoundException;
import ru.opora.common.RuleViolationException;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.MunicipalitySchools;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The project indicators of a municipality for the pages. Access (docs/access.md
 * «Показатели проекта»): the coordinator reads and edits its own municipality only; the
 * regional observer reads every municipality of its region and edits nothing; the
 * administrator reads every municipality and edits nothing (targets and values are the
 * municipality's business); schools and curators are refused (403). An unknown
 * municipality, programme year or indicator is a 404; another municipality's is a 403.
 */
@Service
@RequiredArgsConstructor
public class IndicatorService {

	static final String ENTITY = "IndicatorEntry";

	static final String PUBLIC_ENTITY = "IndicatorPublic";

	static final java.util.Set<FileKind> EVIDENCE = java.util.EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX,
			FileKind.ODT, FileKind.ODS, FileKind.JPEG, FileKind.PNG);

	static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

	static final int MAX_COMMENT = 2000;

	private final IndicatorStore store;

	private final IndicatorSources sources;

	private final ProgrammeService programmes;

	private final MunicipalitySchools municipalities;

	private final SchoolService schools;

	private final FileService files;

	private final AuditLog auditLog;

	private final Clock clock;

	// ---------------------------------------------------------------- reading

	/**
	 * «Показатели проекта» of a municipality (null: the coordinator's own) in a period
	 * (null or unknown key: the current one), with the trend over all its periods.
	 */
	@Transactional(readOnly = true)
	public IndicatorPage page(Long municipalityId, String periodKey) {
		MunicipalityOption municipality = readable(municipalityId);
		List<Period> periods = periodsOf(municipality.id());
		Period period = periods.stream()
			.filter((p) -> p.key().equals(periodKey))
			.findFirst()
			.orElseGet(() -> current(periods).orElse(null));
		List<Indicator> catalogue = this.store.catalogue();
		Set<String> shown = this.store.publicCodes(municipality.id());
		if (period == null) {
			return new IndicatorPage(municipality, periods, null,
					catalogue.stream().map((i) -> IndicatorRow.empty(i, shown.contains(i.code()))).toList(),
					canEdit(municipality.id()));
		}
		Map<Period, Map<String, Computed>> computed = this.sources.compute(municipality.id(), periods);
		Map<String, IndicatorStore.Entry> entries = entriesByKey(periods);
		Map<Long, FileInfo> evidence = this.files.infos(entries.values()
			.stream()
			.map(IndicatorStore.Entry::evidenceFileId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		List<IndicatorRow> rows = new ArrayList<>();
		for (Indicator i : catalogue) {
			if (i.heading()) {
				rows.add(IndicatorRow.empty(i, false));
				continue;
			}
			List<BigDecimal> trendValues = new ArrayList<>();
			List<BigDecimal> trendTargets = new ArrayList<>();
			for (Period p : periods) {
				IndicatorStore.Entry e = entries.get(key(p, i.code()));
				trendValues.add(valueOf(i, computed.get(p).get(i.code()), e));
				trendTargets.add((e != null) ? e.target() : null);
			}
			IndicatorStore.Entry e = entries.get(key(period, i.code()));
			Computed c = i.computed() ? computed.get(period).get(i.code()) : null;
			BigDecimal value = valueOf(i, c, e);
			BigDecimal target = (e != null) ? e.target() : null;
			FileInfo file = (e != null && e.evidenceFileId() != null) ? evidence.get(e.evidenceFileId()) : null;
			rows.add(new IndicatorRow(i, target, value,
					IndicatorComputations.status(i.kind(), i.higherBetter(), target, value), c,
					(e != null) ? e.comment() : null, file, (e != null) ? e.id() : null,
					(e != null) ? e.version() : null, (e != null) ? e.updatedBy() : null,
					(e != null && e.updatedAt() != null)
							? java.time.LocalDateTime.ofInstant(e.updatedAt(), this.clock.getZone()) : null,
					shown.contains(i.code()), trendValues, trendTargets));
		}
		return new IndicatorPage(municipality, periods, period, rows, canEdit(municipality.id()));
	}

	/**
	 * How a computed indicator was computed in a period: its figure and the schools
	 * behind it by name (the reader sees the municipality's schools).
	 */
	@Transactional(readOnly = true)
	public IndicatorDetails details(Long programmeYearId, Checkpoint checkpoint, String code) {
		Period period = period(programmeYearId, checkpoint);
		readable(period.municipalityId());
		Indicator indicator = indicator(code);
		if (!indicator.computed()) {
			throw new NotFoundException("indicators.error.notFound", code);
		}
		Computed c = this.sources.compute(period.municipalityId(), List.of(period)).get(period).get(code);
		Map<Long, String> names = this.schools
			.visibleSchoolNames(c.parts().stream().map(Computed.Part::schoolId).toList());
		List<IndicatorDetails.Line> lines = c.parts()
			.stream()
			.map((p) -> new IndicatorDetails.Line(p.schoolId(), names.getOrDefault(p.schoolId(), "#" + p.schoolId()),
					p.numerator(), p.denominator()))
			.sorted(Comparator.comparing(IndicatorDetails.Line::counted)
				.reversed()
				.thenComparing(IndicatorDetails.Line::schoolName))
			.toList();
		return new IndicatorDetails(readable(period.municipalityId()), period, indicator, c, lines);
	}

	/**
	 * The evidence file of an entry, for whoever may read the entry's municipality.
	 */
	@Transactional(readOnly = true)
	public Evidence evidence(Long entryId) {
		IndicatorStore.Entry e = entryById(entryId);
		readable(e.municipalityId());
		if (e.evidenceFileId() == null) {
			throw new NotFoundException("error.notFound.file", entryId);
		}
		return new Evidence(this.files.info(e.evidenceFileId()), this.files.open(e.evidenceFileId()));
	}

	/**
	 * The evidence file and its content.
	 */
	public record Evidence(FileInfo info, InputStream content) {

	}

	/**
	 * The region's municipalities side by side, indicator by indicator, for a year's
	 * checkpoint: the observer's region, the administrator's chosen region (default the
	 * first). Each municipality's period is its newest programme year of that year.
	 */
	@Transactional(readOnly = true)
	public IndicatorComparison comparison(Long regionId, Integer year, Checkpoint checkpoint) {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.REGIONAL_OBSERVER) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("The comparison of municipalities is for observers and administrators");
		}
		List<MunicipalityOption> all = this.schools.visibleMunicipalities();
		List<Long> regions = all.stream().map(MunicipalityOption::regionId).distinct().toList();
		Long region = user.is(Role.REGIONAL_OBSERVER) ? user.regionId()
				: (regionId != null && regions.contains(regionId)) ? regionId
						: (regions.isEmpty() ? null : regions.get(0));
		List<MunicipalityOption> municipalities = all.stream()
			.filter((m) -> m.regionId().equals(region))
			.sorted(Comparator.comparing(MunicipalityOption::name))
			.toList();
		Set<Long> ids = municipalities.stream().map(MunicipalityOption::id).collect(Collectors.toSet());
		List<ProgrammeYearSummary> years = this.programmes.visibleYearHeaders()
			.stream()
			.filter((p) -> ids.contains(p.municipalityId()))
			.toList();
		TreeSet<Integer> yearNumbers = years.stream()
			.map(ProgrammeYearSummary::year)
			.collect(Collectors.toCollection(TreeSet::new));
		int chosenYear = (year != null) ? year
				: (yearNumbers.isEmpty() ? LocalDate.now(this.clock).getYear() : yearNumbers.last());
		Checkpoint cp = (checkpoint != null) ? checkpoint : currentCheckpoint(chosenYear);
		List<Indicator> catalogue = this.store.catalogue();
		Map<Long, Map<String, IndicatorComparison.Cell>> cells = new LinkedHashMap<>();
		for (MunicipalityOption m : municipalities) {
			Optional<ProgrammeYearSummary> programme = years.stream()
				.filter((p) -> p.municipalityId().equals(m.id()) && p.year() == chosenYear)
				.max(Comparator.comparing(ProgrammeYearSummary::id));
			Map<String, IndicatorComparison.Cell> row = new LinkedHashMap<>();
			if (programme.isPresent()) {
				Period period = period(programme.get(), cp);
				Map<String, Computed> computed = this.sources.compute(m.id(), List.of(period)).get(period);
				Map<String, IndicatorStore.Entry> entries = entriesByKey(List.of(period));
				for (Indicator i : catalogue) {
					if (i.heading()) {
						continue;
					}
					IndicatorStore.Entry e = entries.get(key(period, i.code()));
					BigDecimal value = valueOf(i, computed.get(i.code()), e);
					BigDecimal target = (e != null) ? e.target() : null;
					row.put(i.code(), new IndicatorComparison.Cell(value, target,
							IndicatorComputations.status(i.kind(), i.higherBetter(), target, value)));
				}
			}
			cells.put(m.id(), row);
		}
		return new IndicatorComparison(region, regions, all, chosenYear, List.copyOf(yearNumbers.descendingSet()), cp,
				municipalities, catalogue, cells);
	}

	// ---------------------------------------------------------------- changing

	/**
	 * Sets (or clears, with an empty text) the target of an indicator in a period of the
	 * coordinator's municipality.
	 * @param version the entry's version the form showed (null: none existed)
	 */
	@Transactional
	public void setTarget(Long programmeYearId, Checkpoint checkpoint, String code, String text, Long version) {
		Period period = period(programmeYearId, checkpoint);
		editable(period.municipalityId());
		Indicator indicator = indicator(code);
		if (indicator.heading()) {
			throw new RuleViolationException("indicators.error.noValue");
		}
		BigDecimal target = (text == null || text.isBlank()) ? null : ValueInput.parse(indicator.kind(), text);
		Optional<IndicatorStore.Entry> existing = current(period, code, version);
		save(period, code, existing, target, existing.map(IndicatorStore.Entry::value).orElse(null),
				existing.map(IndicatorStore.Entry::comment).orElse(null),
				existing.map(IndicatorStore.Entry::evidenceFileId).orElse(null));
	}

	/**
	 * Enters the value of a hand-entered indicator with its comment (required) and,
	 * optionally, a new evidence file (else the earlier one stays). Nothing is saved when
	 * anything is refused.
	 */
	@Transactional
	public void setValue(Long programmeYearId, Checkpoint checkpoint, String code, String text, String comment,
			Upload evidence, Long version) {
		Period period = period(programmeYearId, checkpoint);
		editable(period.municipalityId());
		Indicator indicator = indicator(code);
		if (!indicator.manual()) {
			throw new RuleViolationException("indicators.error.computed");
		}
		BigDecimal value = ValueInput.parse(indicator.kind(), text);
		String note = (comment != null) ? comment.strip() : "";
		if (note.isEmpty()) {
			throw new RuleViolationException("indicators.error.comment");
		}
		if (note.length() > MAX_COMMENT) {
			throw new RuleViolationException("indicators.error.commentLong");
		}
		Optional<IndicatorStore.Entry> existing = current(period, code, version);
		Long fileId = existing.map(IndicatorStore.Entry::evidenceFileId).orElse(null);
		if (evidence != null) {
			fileId = this.files
				.store(evidence.originalName(), evidence.content(), MAX_EVIDENCE_BYTES, EVIDENCE, username())
				.id();
		}
		save(period, code, existing, existing.map(IndicatorStore.Entry::target).orElse(null), value, note, fileId);
	}

	/**
	 * Shows or hides an indicator on the public page of the coordinator's municipality.
	 */
	@Transactional
	public void setPublic(String code, boolean shown) {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.COORDINATOR) || user.municipalityId() == null) {
			throw new AccessDeniedException("Only a coordinator chooses what its municipality shows");
		}
		Indicator indicator = indicator(code);
		if (indicator.heading()) {
			throw new RuleViolationException("indicators.error.noValue");
		}
		if (this.store.setPublic(user.municipalityId(), code, shown, user.username(), this.clock.instant())) {
			this.auditLog.recordChange(AuditAction.UPDATE, PUBLIC_ENTITY, user.municipalityId() + "/" + code,
					Map.of("public", !shown), Map.of("public", shown));
		}
	}

	/**
	 * An uploaded file as the controller hands it over.
	 */
	public record Upload(String originalName, InputStream content) {

	}

	// ---------------------------------------------------------------- helpers

	/**
	 * The periods of a municipality, oldest first: each programme year's mid-year and
	 * final checkpoints.
	 */
	List<Period> periodsOf(Long municipalityId) {
		return this.programmes.visibleYearHeaders()
			.stream()
			.filter((p) -> p.municipalityId().equals(municipalityId))
			.sorted(Comparator.comparing(ProgrammeYearSummary::year).thenComparing(ProgrammeYearSummary::id))
			.flatMap((p) -> java.util.stream.Stream.of(period(p, Checkpoint.MIDYEAR), period(p, Checkpoint.FINAL)))
			.toList();
	}

	/**
	 * The current period among these: the newest open programme year (else the newest) at
	 * the checkpoint today falls before.
	 */
	Optional<Period> current(List<Period> periods) {
		Optional<Period> newestOpen = periods.stream().filter((p) -> !p.closed()).reduce((a, b) -> b);
		Period base = newestOpen.orElseGet(() -> periods.isEmpty() ? null : periods.get(periods.size() - 1));
		if (base == null) {
			return Optional.empty();
		}
		Checkpoint cp = currentCheckpoint(base.year());
		return periods.stream()
			.filter((p) -> p.programmeYearId().equals(base.programmeYearId()) && p.checkpoint() == cp)
			.findFirst();
	}

	Checkpoint currentCheckpoint(int year) {
		return LocalDate.now(this.clock).isAfter(Checkpoint.MIDYEAR.date(year)) ? Checkpoint.FINAL : Checkpoint.MIDYEAR;
	}

	static Period period(ProgrammeYearSummary p, Checkpoint checkpoint) {
		return new Period(p.id(), p.municipalityId(), p.title(), p.year(), p.closed(), checkpoint);
	}

	static BigDecimal valueOf(Indicator indicator, Computed computed, IndicatorStore.Entry entry) {
		if (indicator.computed()) {
			return (computed != null) ? computed.value() : null;
		}
		return (entry != null) ? entry.value() : null;
	}

	static String key(Period period, String code) {
		return period.programmeYearId() + "/" + period.checkpoint() + "/" + code;
	}

	private Map<String, IndicatorStore.Entry> entriesByKey(List<Period> periods) {
		Map<String, IndicatorStore.Entry> out = new HashMap<>();
		this.store.entries(periods.stream().map(Period::programmeYearId).distinct().toList())
			.forEach((e) -> out.put(e.programmeYearId() + "/" + e.checkpoint() + "/" + e.code(), e));
		return out;
	}

	private IndicatorStore.Entry entryById(Long entryId) {
		return this.store.byId(entryId).orElseThrow(() -> new NotFoundException("indicators.error.notFound", entryId));
	}

	private Optional<IndicatorStore.Entry> current(Period period, String code, Long version) {
		Optional<IndicatorStore.Entry> existing = this.store.entry(period.programmeYearId(), period.checkpoint(), code);
		if (existing.isPresent() != (version != null)
				|| (existing.isPresent() && existing.get().version() != version)) {
			throw new ObjectOptimisticLockingFailureException(ENTITY, period.key() + "/" + code);
		}
		return existing;
	}

	private void save(Period period, String code, Optional<IndicatorStore.Entry> existing, BigDecimal target,
			BigDecimal value, String comment, Long fileId) {
		String user = username();
		if (existing.isEmpty()) {
			Long id = this.store.insert(period.municipalityId(), period.programmeYearId(), period.checkpoint(), code,
					target, value, comment, fileId, user, this.clock.instant());
			this.auditLog.recordChange(AuditAction.CREATE, ENTITY, id, Map.of(),
					state(period, code, target, value, comment, fileId));
			return;
		}
		IndicatorStore.Entry e = existing.get();
		if (!this.store.update(e.id(), e.version(), target, value, comment, fileId, user, this.clock.instant())) {
			throw new ObjectOptimisticLockingFailureException(ENTITY, e.id());
		}
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, e.id(),
				state(period, code, e.target(), e.value(), e.comment(), e.evidenceFileId()),
				state(period, code, target, value, comment, fileId));
	}

	private static Map<String, Object> state(Period period, String code, BigDecimal target, BigDecimal value,
			String comment, Long fileId) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("period", period.key());
		out.put("indicator", code);
		out.put("target", (target != null) ? target.toPlainString() : "");
		out.put("value", (value != null) ? value.toPlainString() : "");
		out.put("comment", (comment != null) ? comment : "");
		out.put("evidenceFileId", (fileId != null) ? fileId : "");
		return out;
	}

	private Period period(Long programmeYearId, Checkpoint checkpoint) {
		if (checkpoint == null) {
			throw new NotFoundException("indicators.error.notFound", programmeYearId);
		}
		ProgrammeYearSummary year = this.programmes.yearUnchecked(programmeYearId)
			.orElseThrow(() -> new NotFoundException("indicators.error.notFound", programmeYearId));
		return period(year, checkpoint);
	}

	Indicator indicator(String code) {
		return this.store.catalogue()
			.stream()
			.filter((i) -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("indicators.error.notFound", code));
	}

	/**
	 * The municipality if the current user may read its indicators (null: the
	 * coordinator's own).
	 */
	MunicipalityOption readable(Long municipalityId) {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.COORDINATOR) && !user.is(Role.REGIONAL_OBSERVER) && !user.is(Role.ADMIN)) {
			throw new AccessDeniedException("Project indicators are for coordinators, observers and administrators");
		}
		Long id = (municipalityId != null) ? municipalityId : user.municipalityId();
		if (id == null) {
			throw new NotFoundException("indicators.error.municipality", municipalityId);
		}
		MunicipalityOption m = this.municipalities.allMunicipalitiesUnchecked()
			.stream()
			.filter((o) -> o.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("indicators.error.municipality", id));
		boolean allowed = switch (user.role()) {
			case ADMIN -> true;
			case REGIONAL_OBSERVER -> m.regionId().equals(user.regionId());
			case COORDINATOR -> m.id().equals(user.municipalityId());
			default -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("Municipality " + id + " is not readable by " + user.username());
		}
		return m;
	}

	boolean canEdit(Long municipalityId) {
		return CurrentUser.current()
			.map((u) -> u.is(Role.COORDINATOR) && municipalityId.equals(u.municipalityId()))
			.orElse(false);
	}

	private void editable(Long municipalityId) {
		readable(municipalityId);
		if (!canEdit(municipalityId)) {
			throw new AccessDeniedException("Only the municipality's coordinator changes its indicators");
		}
	}

	private static String username() {
		return CurrentUser.require().username();
	}

}
