package ru.opora.analysis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolFacts;
import ru.opora.schools.SchoolScope;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Classification of schools from their results and social passports, for the school's
 * analysis page and for «Анализ школ»; and the social passport form.
 * <ul>
 * <li>«Анализ школ»: administrator (all schools), regional observer (region), coordinator
 * (municipality).</li>
 * <li>A school's analysis: everyone who may see the school.</li>
 * <li>Passports: entered by whoever may edit the school (its coordinator, the
 * administrator).</li>
 * </ul>
 */
@Service
@RequiredArgsConstructor
public class AnalysisService {

	static final String PASSPORT = "SocialPassport";

	/** Years of history shown next to the chosen year. */
	static final int HISTORY_YEARS = 3;

	private final SchoolService schools;

	private final SchoolAccess access;

	private final ClassificationRuleService rules;

	private final Classifier classifier;

	private final OverviewCache overviews;

	private final AnalysisData data;

	private final SocialPassportRepository passports;

	private final AuditLog auditLog;

	private final Clock clock;

	@Transactional(readOnly = true)
	public SchoolAnalysis schoolAnalysis(Long schoolId) {
		SchoolFacts school = this.schools.facts(schoolId);
		ClassificationParameters rule = this.rules.parametersFor(school.regionId());
		Map<Integer, List<AssessmentFigure>> byYear = new TreeMap<>();
		this.data.resultsOfSchool(schoolId)
			.forEach((r) -> byYear.computeIfAbsent(r.year(), (y) -> new ArrayList<>()).add(r.figure()));
		Map<Integer, ResultSummary> results = new TreeMap<>();
		byYear.forEach((year, figures) -> results.put(year, ClassificationCalculator.summarize(year, figures, rule)));
		Map<Integer, PassportFigures> passportFigures = new TreeMap<>();
		this.passports.findBySchoolIdOrderByYear(schoolId)
			.forEach((p) -> passportFigures.put(p.getYear(), p.figures()));
		List<YearClassification> years = new ArrayList<>(
				ClassificationCalculator.classify(rule, Classifier.traits(school), results, passportFigures));
		years.sort(Comparator.comparingInt(YearClassification::year).reversed());
		return new SchoolAnalysis(school, rule, years, List.copyOf(passportFigures.keySet()),
				this.data.importsOfSchool(schoolId, this.clock.getZone()),
				this.access.may(SchoolAction.EDIT_SOCIAL_PASSPORT, schoolId));
	}

	/**
	 * «Анализ школ»: every visible school classified in the chosen year (by default the
	 * latest year with data), filtered. The overview before the row filters is kept per
	 * data version and scope ({@link OverviewCache}); the counts cover every school of
	 * the scope (and municipality), the rows those that match the filter.
	 */
	@Transactional(readOnly = true)
	public AnalysisOverview overview(AnalysisFilter filter) {
		requireAnalyst();
		SchoolScope scope = this.access.scope(CurrentUser.require());
		OverviewCache.Key key = new OverviewCache.Key(scope, filter.year(), filter.municipalityId(),
				LocalDate.now(this.clock).getYear());
		AnalysisOverview all = this.overviews.get(key, () -> unfiltered(filter.year(), filter.municipalityId()));
		return new AnalysisOverview(all.year(), all.years(), all.rows().stream().filter(filter::matches).toList(),
				all.counts(), all.persistentlyLowCount(), all.rule());
	}

	/**
	 * Every visible school (of the municipality, if given) classified in the year, with
	 * the counts per group.
	 */
	private AnalysisOverview unfiltered(Integer chosenYear, Long municipalityId) {
		List<SchoolFacts> visible = this.schools.visibleSchoolFacts();
		if (municipalityId != null) {
			visible = visible.stream().filter((s) -> municipalityId.equals(s.municipalityId())).toList();
		}
		Function<Long, ClassificationParameters> lookup = this.rules.lookup();
		Map<Long, List<YearClassification>> classified = this.classifier.classify(visible, lookup);
		TreeSet<Integer> years = new TreeSet<>();
		classified.values().forEach((list) -> list.forEach((c) -> years.add(c.year())));
		int year = (chosenYear != null) ? chosenYear
				: (years.isEmpty() ? LocalDate.now(this.clock).getYear() : years.last());
		List<OverviewRow> rows = new ArrayList<>();
		for (SchoolFacts school : visible) {
			List<YearClassification> list = classified.get(school.id());
			YearClassification current = list.stream().filter((c) -> c.year() == year).findFirst().orElse(null);
			List<YearClassification> history = list.stream()
				.filter((c) -> c.year() < year && c.year() >= year - HISTORY_YEARS)
				.toList();
			rows.add(new OverviewRow(school, current, history));
		}
		Map<SchoolGroup, Long> counts = new EnumMap<>(SchoolGroup.class);
		for (SchoolGroup g : SchoolGroup.values()) {
			counts.put(g, 0L);
		}
		rows.forEach((r) -> counts.merge(r.group(), 1L, Long::sum));
		long persistent = rows.stream().filter(OverviewRow::persistentlyLow).count();
		Set<Long> regions = rows.stream().map((r) -> r.school().regionId()).collect(Collectors.toSet());
		ClassificationParameters rule = (regions.size() == 1) ? lookup.apply(regions.iterator().next())
				: (regions.isEmpty() ? null : sameRule(regions, lookup));
		return new AnalysisOverview(year, List.copyOf(years.descendingSet()), List.copyOf(rows),
				java.util.Collections.unmodifiableMap(counts), persistent, rule);
	}

	/**
	 * Per school, the share of participants below the pass mark («2») by subject in the
	 * school's latest year with results. No access check: the caller scopes the ids.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Double>> latestSubjectShares(java.util.Collection<Long> schoolIds) {
		return this.data.latestSubjectShares(schoolIds);
	}

	/**
	 * Per school and year, the mean share below the pass mark («Средняя доля «2»»,
	 * weighted by participants, over the assessments the region's rule counts) exactly as
	 * the school's analysis page shows it. No access check: the caller scopes the ids.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Integer, BigDecimal>> yearlyShareBelow(java.util.Collection<Long> schoolIds) {
		Function<Long, ClassificationParameters> lookup = this.rules.lookup();
		Map<Long, List<Long>> byRegion = this.schools.places(schoolIds)
			.stream()
			.collect(Collectors.groupingBy(ru.opora.schools.SchoolPlace::regionId,
					Collectors.mapping(ru.opora.schools.SchoolPlace::id, Collectors.toList())));
		Map<Long, Map<Integer, BigDecimal>> out = new java.util.HashMap<>();
		byRegion
			.forEach((regionId, ids) -> this.data.summaries(ids, lookup.apply(regionId)).forEach((schoolId, years) -> {
				Map<Integer, BigDecimal> shares = new TreeMap<>();
				years.forEach((year, summary) -> {
					if (summary.meanShareBelow() != null) {
						shares.put(year, summary.meanShareBelow());
					}
				});
				out.put(schoolId, shares);
			}));
		return out;
	}

	/**
	 * The social passport of a school and year for the form (empty: none yet).
	 */
	@Transactional(readOnly = true)
	public Optional<PassportView> passport(Long schoolId, int year) {
		checkPassportEditable(schoolId);
		return this.passports.findBySchoolIdAndYear(schoolId, year).map(PassportView::of);
	}

	/**
	 * Creates or changes the passport of a school and year. {@code version} is null for a
	 * new passport; a stale or missing version is a concurrent change (409).
	 */
	@Transactional
	public void savePassport(Long schoolId, Long version, PassportCommand command) {
		checkPassportEditable(schoolId);
		Optional<SocialPassport> existing = this.passports.findBySchoolIdAndYear(schoolId, command.year());
		if (existing.isPresent() != (version != null)
				|| (existing.isPresent() && existing.get().getVersion() != version)) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(SocialPassport.class,
					schoolId + "/" + command.year());
		}
		SocialPassport passport = existing.orElseGet(() -> new SocialPassport(schoolId, command.year()));
		Map<String, Object> before = existing.isPresent() ? passport.auditState() : Map.of();
		passport.apply(command, CurrentUser.require().username(), this.clock.instant());
		this.passports.saveAndFlush(passport);
		this.auditLog.recordChange(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, PASSPORT,
				schoolId + "/" + command.year(), before, passport.auditState());
	}

	/**
	 * May the current user open «Анализ школ»?
	 */
	public boolean isAnalyst() {
		return CurrentUser.current()
			.map((u) -> u.is(Role.ADMIN) || u.is(Role.REGIONAL_OBSERVER) || u.is(Role.COORDINATOR))
			.orElse(false);
	}

	private void requireAnalyst() {
		if (!isAnalyst()) {
			throw new AccessDeniedException("School analysis is for coordinators, observers and administrators");
		}
	}

	/**
	 * Throws unless the current user may enter the school's social passports (404 for an
	 * unknown school, 403 for one the user may not edit).
	 */
	public void checkPassportEditable(Long schoolId) {
		this.schools.checkedLocation(schoolId);
		if (!this.access.may(SchoolAction.EDIT_SOCIAL_PASSPORT, schoolId)) {
			throw new AccessDeniedException("Cannot edit the social passport of school " + schoolId);
		}
	}

	private static ClassificationParameters sameRule(Set<Long> regions,
			Function<Long, ClassificationParameters> lookup) {
		Set<ClassificationParameters> distinct = regions.stream().map(lookup).collect(Collectors.toSet());
		return (distinct.size() == 1) ? distinct.iterator().next() : null;
	}

}
