package ru.opora.teachers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.schools.SchoolScope;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The teachers' figures of the schools a user sees, by SQL aggregates: the number of
 * statements does not grow with the number of schools (the schools' counts, the «группа
 * риска» in two, the associations in one). Counts only, never a name.
 */
@Service
@RequiredArgsConstructor
class TeacherFiguresService {

	static final String EXPORT_ENTITY = "TeacherFigures";

	/** How many years back the selector offers. */
	static final int YEARS_BACK = 4;

	private final JdbcClient jdbc;

	private final TeacherAccess access;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * At most this many scopes and years are kept; all are dropped when it is reached.
	 */
	private static final int MAX_CACHED_LINES = 200;

	private final Map<LinesKey, CountedLines> cachedLines = new ConcurrentHashMap<>();

	private final LongAdder computedLines = new LongAdder();

	int currentYear() {
		return AcademicYear.of(LocalDate.now(this.clock));
	}

	/**
	 * The year asked for, if it is a number between 2000 and 2100; otherwise the current
	 * academic year.
	 */
	int yearOrCurrent(String requested) {
		if (requested != null && requested.strip().matches("\\d{4}")) {
			int y = Integer.parseInt(requested.strip());
			if (y >= 2000 && y <= 2100) {
				return y;
			}
		}
		return currentYear();
	}

	/**
	 * The figures of the current user's scope for the year (not for a school account: the
	 * school has its own list).
	 */
	@Transactional(readOnly = true)
	public TeacherFiguresReport report(int year) {
		CurrentUser user = CurrentUser.require();
		SchoolScope scope = this.access.figuresScope(user);
		List<SchoolLine> lines = lines(scope, year);
		Map<Long, List<SchoolLine>> byMunicipality = lines.stream()
			.collect(Collectors.groupingBy(SchoolLine::municipalityId, LinkedHashMap::new, Collectors.toList()));
		boolean whole = !user.is(Role.CURATOR) && !user.is(Role.SCHOOL);
		Map<Long, Integer> associationCounts = whole ? associations(byMunicipality.keySet(), year) : Map.of();
		List<TeacherFiguresReport.Block> blocks = new ArrayList<>();
		Map<Long, TeacherIndicatorValues> indicators = new LinkedHashMap<>();
		TeacherIndicators.SchoolFacts total = TeacherIndicators.SchoolFacts.NONE;
		for (Map.Entry<Long, List<SchoolLine>> e : byMunicipality.entrySet()) {
			List<SchoolLine> schools = e.getValue();
			TeacherIndicators.SchoolFacts sum = TeacherIndicators.SchoolFacts.NONE;
			List<TeacherFiguresReport.Row> rows = new ArrayList<>();
			for (SchoolLine s : schools) {
				sum = sum.plus(s.facts());
				rows.add(new TeacherFiguresReport.Row(s.facts().schoolId(), s.schoolName(), s.facts()));
			}
			total = total.plus(sum);
			SchoolLine first = schools.get(0);
			blocks.add(new TeacherFiguresReport.Block(e.getKey(), first.municipalityName(), first.regionName(), rows,
					sum));
			if (whole) {
				indicators.put(e.getKey(),
						TeacherIndicators.compute(e.getKey(), year, schools.stream().map(SchoolLine::facts).toList(),
								associationCounts.getOrDefault(e.getKey(), 0)));
			}
		}
		int current = currentYear();
		List<Integer> years = new ArrayList<>(
				IntStream.rangeClosed(0, YEARS_BACK).map((i) -> current - i).boxed().toList());
		if (!years.contains(year)) {
			years.add(0, year);
		}
		return new TeacherFiguresReport(year, years, !user.is(Role.ADMIN),
				user.is(Role.COORDINATOR) || user.is(Role.CURATOR), blocks, total, indicators);
	}

	/**
	 * Records that the current user exported the figures (counts only).
	 */
	@Transactional
	public void recordExport(int year, int schools) {
		this.auditLog.record(AuditAction.EXPORT, EXPORT_ENTITY, null,
				"teacher figures " + AcademicYear.label(year) + ", schools=" + schools);
	}

	/**
	 * The counts of each school of the scope in the year: four statements whatever the
	 * number of schools.
	 * <p>
	 * In a read-only transaction (every view) they are kept in memory per scope and year
	 * for the current data version: the sum of {@code indicator_data_change}'s changes,
	 * which every statement changing a table they are counted from moves (the triggers of
	 * V108 and, for the regions' rules of the «группа риска», V119), on any node. On the
	 * region of 2,000 schools the two aggregates cost PostgreSQL 1.5 s for the 1,014
	 * schools of a municipality (docs/benchmarks.md «Step 14b»). A read-write transaction
	 * neither reads nor fills the cache (it may see its own uncommitted changes).
	 */
	@Transactional(readOnly = true)
	List<SchoolLine> lines(SchoolScope scope, int year) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return computeLines(scope, year);
		}
		long version = this.jdbc.sql("select coalesce(sum(changes), 0) from indicator_data_change")
			.query(Long.class)
			.single();
		LinesKey key = new LinesKey(scope, year);
		CountedLines cached = this.cachedLines.get(key);
		if (cached != null && cached.version() == version) {
			return cached.lines();
		}
		List<SchoolLine> lines = computeLines(scope, year);
		if (this.cachedLines.size() >= MAX_CACHED_LINES) {
			this.cachedLines.clear();
		}
		this.cachedLines.put(key, new CountedLines(version, lines));
		return lines;
	}

	/** How many times the counts were computed, not taken from memory: for tests. */
	long computedLines() {
		return this.computedLines.sum();
	}

	private List<SchoolLine> computeLines(SchoolScope scope, int year) {
		this.computedLines.increment();
		ScopeSql where = ScopeSql.of(scope);
		if (where == null) {
			return List.of();
		}
		List<SchoolLine> schools = new ArrayList<>();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("year", year);
		params.put("start", AcademicYear.start(year));
		params.put("end", AcademicYear.end(year));
		this.jdbc.sql("""
				with ty as (
				    select t.id, t.school_id, %s as risk
				    from teacher t
				    join school s on s.id = t.school_id join municipality m on m.id = s.municipality_id
				    left join teacher_risk_rule rr on rr.region_id = m.region_id
				    where %s and (t.left_on is null or t.left_on >= :start)
				),
				done as (
				    select e.teacher_id,
				           bool_or(e.entry_score is not null and e.final_score is not null) as scored,
				           bool_or(e.final_score > e.entry_score) as grew
				    from course_enrolment e join ty on ty.id = e.teacher_id
				    where e.status = 'COMPLETED' and e.completed_on between :start and :end
				    group by e.teacher_id
				)
				select s.id as school_id, s.short_name, s.municipality_id, m.name as municipality_name,
				       r.name as region_name,
				       count(ty.id) as teachers,
				       count(ty.id) filter (where exists (select 1 from teacher_diagnostic d
				           where d.teacher_id = ty.id and d.academic_year = :year)) as diagnosed,
				       count(ty.id) filter (where ty.risk) as risk,
				       count(done.teacher_id) filter (where ty.risk) as risk_completed,
				       count(ty.id) filter (where exists (select 1 from teacher_plan p
				           where p.teacher_id = ty.id and p.academic_year = :year)) as plans,
				       count(done.teacher_id) as completed,
				       count(done.teacher_id) filter (where done.scored) as scored,
				       count(done.teacher_id) filter (where done.grew) as grew,
				       count(ty.id) filter (where exists (select 1 from teacher_association_member am
				           join teacher_association a on a.id = am.association_id
				           where am.teacher_id = ty.id and a.municipality_id = s.municipality_id
				             and am.joined_on <= :end)) as members
				from school s
				join municipality m on m.id = s.municipality_id
				join region r on r.id = m.region_id
				left join ty on ty.school_id = s.id
				left join done on done.teacher_id = ty.id
				where %s
				group by s.id, s.short_name, s.municipality_id, m.name, r.name
				order by r.name, m.name, s.municipality_id, s.short_name, s.id
				""".formatted(RiskGroupService.IN_GROUP_SQL, where.sql(), where.sql()))
			.params(params)
			.query((rs, n) -> {
				schools.add(new SchoolLine(rs.getLong("municipality_id"), rs.getString("municipality_name"),
						rs.getString("region_name"), rs.getString("short_name"),
						new TeacherIndicators.SchoolFacts(rs.getLong("school_id"), rs.getInt("teachers"),
								rs.getInt("diagnosed"), rs.getInt("risk"), rs.getInt("risk_completed"),
								rs.getInt("plans"), rs.getInt("completed"), rs.getInt("scored"), rs.getInt("grew"),
								rs.getInt("members"))));
				return null;
			})
			.list();
		return List.copyOf(schools);
	}

	/**
	 * How many associations each municipality had by the end of the year (one statement).
	 */
	@Transactional(readOnly = true)
	Map<Long, Integer> associations(Set<Long> municipalityIds, int year) {
		Map<Long, Integer> counts = new HashMap<>();
		if (municipalityIds.isEmpty()) {
			return counts;
		}
		Instant end = AcademicYear.end(year).plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		this.jdbc.sql("""
				select municipality_id, count(*) as n from teacher_association
				where municipality_id in (:ids) and created_at < :end group by municipality_id
				""")
			.param("ids", municipalityIds)
			.param("end", java.sql.Timestamp.from(end))
			.query((rs, n) -> counts.put(rs.getLong("municipality_id"), rs.getInt("n")))
			.list();
		return counts;
	}

	/** The scope and year of kept counts. */
	private record LinesKey(SchoolScope scope, int year) {

	}

	/** Counts kept for a data version. */
	private record CountedLines(long version, List<SchoolLine> lines) {

	}

	/** A school's counts with where it is. */
	record SchoolLine(Long municipalityId, String municipalityName, String regionName, String schoolName,
			TeacherIndicators.SchoolFacts facts) {

	}

	/** The scope as a condition on {@code s} (school) and {@code m} (municipality). */
	record ScopeSql(String sql, Map<String, Object> params) {

		static ScopeSql of(SchoolScope scope) {
			if (scope.all()) {
				return new ScopeSql("true", Map.of());
			}
			if (scope.municipalityId() != null) {
				return new ScopeSql("s.municipality_id = :scopeMunicipality",
						Map.of("scopeMunicipality", scope.municipalityId()));
			}
			if (scope.regionId() != null) {
				return new ScopeSql("m.region_id = :scopeRegion", Map.of("scopeRegion", scope.regionId()));
			}
			if (scope.schoolIds() != null && !scope.schoolIds().isEmpty()) {
				return new ScopeSql("s.id in (:scopeSchools)", Map.of("scopeSchools", scope.schoolIds()));
			}
			return null;
		}

	}

}
