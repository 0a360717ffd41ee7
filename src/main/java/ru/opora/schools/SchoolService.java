package ru.opora.schools;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.Like;
import ru.opora.common.PagedResult;
import ru.opora.common.Pages;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Schools and the organisations above them. Every method applies {@link SchoolAccess} for
 * the current user: lists are scoped, single schools are checked.
 */
@Service
@RequiredArgsConstructor
public class SchoolService {

	static final String ENTITY = "School";

	/** The school card's row ({@link #card}). */
	private static final String CARD = """
			select s.id, s.municipality_id, m.name, m.region_id, r.name, s.name, s.short_name, s.type, s.address,
			s.settlement, s.distance_km, s.students, s.teachers, s.small_school, s.principal_name, s.phone, s.email
			from school s join municipality m on m.id = s.municipality_id join region r on r.id = m.region_id
			where s.id = ?""";

	private final SchoolRepository schools;

	private final SchoolLocations locations;

	private final MunicipalityRepository municipalities;

	private final RegionRepository regions;

	private final SchoolAccess access;

	private final AuditLog auditLog;

	private final Clock clock;

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public PagedResult<SchoolSummary> search(SchoolSearch search, Integer page) {
		SchoolScope scope = this.access.scope(CurrentUser.require());
		int size = Pages.DEFAULT_SIZE;
		int number = Pages.of(page, size, Sort.unsorted()).getPageNumber();
		long offset = (long) number * size;
		Optional<SummaryQuery> query = SummaryQuery.of(scope, search, null);
		if (query.isEmpty()) {
			return new PagedResult<>(List.of(), number, size, 0);
		}
		List<SchoolSummary> rows = query.get().rows(this.jdbc, size, offset);
		// as Spring Data's paging: no count when the page itself tells the total
		long total = ((offset == 0 || !rows.isEmpty()) && rows.size() < size) ? offset + rows.size()
				: query.get().count(this.jdbc);
		return new PagedResult<>(rows, number, size, total);
	}

	/**
	 * The school list's page in one read-only transaction: the page of schools the search
	 * matches ({@link #search}) and the municipalities the user may filter by
	 * ({@link #visibleMunicipalities}).
	 */
	@Transactional(readOnly = true)
	public ListPage listPage(SchoolSearch search, Integer page) {
		return new ListPage(search(search, page), visibleMunicipalities());
	}

	/**
	 * What the school list shows: see {@link #listPage}.
	 *
	 * @param result the page of matching schools
	 * @param municipalities the municipalities the user may filter by
	 */
	public record ListPage(PagedResult<SchoolSummary> result, List<MunicipalityOption> municipalities) {
	}

	/**
	 * Every school the user may see (for summaries and drop-downs), ordered by name.
	 */
	@Transactional(readOnly = true)
	public List<SchoolSummary> visibleSchools(SchoolSearch search) {
		SchoolScope scope = this.access.scope(CurrentUser.require());
		return SummaryQuery.of(scope, search, null).map((q) -> q.rows(this.jdbc, null, 0)).orElse(List.of());
	}

	/**
	 * Summaries of those of the given schools that the user may see (e.g. a programme
	 * year's participants), ordered by name: one query, whatever the number of schools.
	 */
	@Transactional(readOnly = true)
	public List<SchoolSummary> visibleSchools(Collection<Long> schoolIds) {
		if (schoolIds.isEmpty()) {
			return List.of();
		}
		SchoolScope scope = this.access.scope(CurrentUser.require());
		return SummaryQuery.of(scope, SchoolSearch.none(), schoolIds)
			.map((q) -> q.rows(this.jdbc, null, 0))
			.orElse(List.of());
	}

	/**
	 * The school list's query in plain SQL with array parameters: the same scope, search
	 * and filters as {@link #specification}, ordered by short name and id. A criteria
	 * query is translated by Hibernate anew on every call (a quarter of the list's CPU at
	 * region size); this string is the same for the same filters.
	 */
	private record SummaryQuery(String from, List<Object> params) {

		private static final String COLUMNS = """
				select s.id, s.name, s.short_name, s.type, s.settlement, m.name, s.distance_km, s.students,
				s.teachers, s.small_school""";

		static Optional<SummaryQuery> of(SchoolScope scope, SchoolSearch search, Collection<Long> among) {
			List<Object> params = new ArrayList<>();
			Optional<String> where = scopeWhere(scope, among, params);
			if (where.isEmpty()) {
				return Optional.empty();
			}
			StringBuilder sql = new StringBuilder(" from school s join municipality m on m.id = s.municipality_id")
				.append(where.get());
			if (StringUtils.hasText(search.query())) {
				// no coalesce: a null address never matches, and the trigram
				// indexes (V60) are on lower(column)
				sql.append(" and (lower(s.name) like ? escape '\\' or lower(s.short_name) like ? escape '\\'"
						+ " or lower(s.address) like ? escape '\\' or lower(s.principal_name) like ? escape '\\')");
				String like = Like.contains(search.query());
				params.addAll(List.of(like, like, like, like));
			}
			if (search.municipalityId() != null) {
				sql.append(" and s.municipality_id = ?");
				params.add(search.municipalityId());
			}
			if (search.type() != null) {
				sql.append(" and s.type = ?");
				params.add(search.type().name());
			}
			if (search.settlement() != null) {
				sql.append(" and s.settlement = ?");
				params.add(search.settlement().name());
			}
			if (search.smallSchool() != null) {
				sql.append(" and s.small_school = ?");
				params.add(search.smallSchool());
			}
			return Optional.of(new SummaryQuery(sql.toString(), params));
		}

		/** The rows (all of them when {@code limit} is null). */
		List<SchoolSummary> rows(JdbcClient jdbc, Integer limit, long offset) {
			String sql = COLUMNS + this.from + " order by s.short_name, s.id"
					+ ((limit != null) ? " limit " + limit + " offset " + offset : "");
			return jdbc.sql(sql)
				.params(this.params)
				.query((rs, n) -> new SchoolSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
						SchoolType.valueOf(rs.getString(4)), Settlement.valueOf(rs.getString(5)), rs.getString(6),
						rs.getObject(7, Integer.class), rs.getObject(8, Integer.class), rs.getObject(9, Integer.class),
						rs.getBoolean(10)))
				.list();
		}

		long count(JdbcClient jdbc) {
			return jdbc.sql("select count(*)" + this.from).params(this.params).query(Long.class).single();
		}

	}

	/**
	 * Short names of every school the user may see, by id, ordered by name (one query, no
	 * entities).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> visibleSchoolNames() {
		return names(this.access.scope(CurrentUser.require()), null);
	}

	/**
	 * The ids of every school the user may see, in no particular order (one query, ids
	 * only: the early-warning board counts a region's 2,000 schools).
	 */
	@Transactional(readOnly = true)
	public List<Long> visibleSchoolIds() {
		List<Long> ids = new ArrayList<>();
		inScope(this.access.scope(CurrentUser.require()), null, "s.id", "").ifPresent((query) -> query.query((rs) -> {
			ids.add(rs.getLong(1));
		}));
		return ids;
	}

	/**
	 * Short names of those of the given schools that the user may see, by id, ordered by
	 * name (one query, no entities).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> visibleSchoolNames(Collection<Long> schoolIds) {
		return schoolIds.isEmpty() ? Map.of() : names(this.access.scope(CurrentUser.require()), schoolIds);
	}

	private Map<Long, String> names(SchoolScope scope, Collection<Long> among) {
		Map<Long, String> names = new LinkedHashMap<>();
		inScope(scope, among, "s.id, s.short_name", " order by s.short_name, s.id")
			.ifPresent((query) -> query.query((rs) -> {
				names.put(rs.getLong(1), rs.getString(2));
			}));
		return names;
	}

	/**
	 * A query of the schools in a scope (and among some ids, if given): plain SQL with
	 * array parameters, because a criteria query with an IN list of hundreds of ids was
	 * translated anew on every call (a tenth of a monitoring page's CPU). Empty when the
	 * scope holds no school.
	 */
	private Optional<JdbcClient.StatementSpec> inScope(SchoolScope scope, Collection<Long> among, String columns,
			String orderBy) {
		List<Object> params = new ArrayList<>();
		return scopeWhere(scope, among, params)
			.map((where) -> this.jdbc.sql("select " + columns + " from school s" + where + orderBy).params(params));
	}

	/**
	 * The WHERE clause of the schools {@code s} in a scope (and among some ids, if
	 * given), its parameters added to {@code params}; empty when the scope holds no
	 * school. The school list and the names and ids of visible schools share it, so that
	 * they always agree on who sees what. It needs no join: with the municipality joined,
	 * PostgreSQL's generic plan for a municipality's schools among a programme's 200
	 * participants looked the municipality up once per school (1.7 ms a call on three
	 * monitoring pages, docs/benchmarks.md «Step 9f»; 0.3 ms without).
	 */
	private static Optional<String> scopeWhere(SchoolScope scope, Collection<Long> among, List<Object> params) {
		StringBuilder where = new StringBuilder();
		if (scope.all()) {
			where.append(" where true");
		}
		else if (scope.regionId() != null) {
			where.append(" where s.municipality_id in (select id from municipality where region_id = ?)");
			params.add(scope.regionId());
		}
		else if (scope.municipalityId() != null) {
			where.append(" where s.municipality_id = ?");
			params.add(scope.municipalityId());
		}
		else if (scope.schoolIds() != null && !scope.schoolIds().isEmpty()) {
			where.append(" where s.id = any(?)");
			params.add(scope.schoolIds().toArray(Long[]::new));
		}
		else {
			return Optional.empty();
		}
		if (among != null) {
			where.append(" and s.id = any(?)");
			params.add(among.toArray(Long[]::new));
		}
		return Optional.of(where.toString());
	}

	/**
	 * Every school the user may see with its location and context facts, ordered by name
	 * (one query, also for tens of thousands of schools).
	 */
	@Transactional(readOnly = true)
	public List<SchoolFacts> visibleSchoolFacts() {
		SchoolScope scope = this.access.scope(CurrentUser.require());
		if (scope.all()) {
			return this.schools.allFacts();
		}
		if (scope.regionId() != null) {
			return this.schools.factsOfRegion(scope.regionId());
		}
		if (scope.municipalityId() != null) {
			return this.schools.factsOfMunicipality(scope.municipalityId());
		}
		return (scope.schoolIds() == null || scope.schoolIds().isEmpty()) ? List.of()
				: this.schools.factsOf(scope.schoolIds());
	}

	/**
	 * One school's facts, after checking that the current user may see it.
	 */
	@Transactional(readOnly = true)
	public SchoolFacts facts(Long schoolId) {
		checkedLocation(schoolId);
		return this.schools.factsOf(List.of(schoolId)).get(0);
	}

	@Transactional(readOnly = true)
	public SchoolDetails details(Long id) {
		School school = load(id);
		SchoolLocation location = locationOf(school);
		this.access.checkView(location);
		return SchoolDetails.of(school,
				this.access.may(CurrentUser.require(), SchoolAction.EDIT_SCHOOL_CARD, location));
	}

	/**
	 * The school card: the school with its municipality and region in one SQL statement,
	 * the user's access checked once ({@link SchoolAccess#checkViewAndMay}): unknown ids
	 * give {@link SchoolNotFoundException}, schools the user may not see
	 * {@link AccessDeniedException}, as {@link #details}. No transaction of its own: one
	 * statement (a curator's assigned schools are a second, in their own).
	 */
	public SchoolCard card(Long id) {
		SchoolCard card = this.jdbc.sql(CARD)
			.param(id)
			.query((rs, n) -> new SchoolCard(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7), SchoolType.valueOf(rs.getString(8)),
					rs.getString(9), Settlement.valueOf(rs.getString(10)), rs.getObject(11, Integer.class),
					rs.getObject(12, Integer.class), rs.getObject(13, Integer.class), rs.getBoolean(14),
					rs.getString(15), rs.getString(16), rs.getString(17), false))
			.optional()
			.orElseThrow(() -> new SchoolNotFoundException(id));
		return card.withAllowed(this.access.checkViewAndMay(card.location(), SchoolAction.EDIT_SCHOOL_CARD));
	}

	/**
	 * For the edit form: the school, if the user may edit it.
	 */
	@Transactional(readOnly = true)
	public SchoolDetails detailsForEdit(Long id) {
		School school = load(id);
		this.access.check(SchoolAction.EDIT_SCHOOL_CARD, locationOf(school));
		return SchoolDetails.of(school, true);
	}

	@Transactional
	public Long create(SchoolCommand command) {
		CurrentUser user = CurrentUser.require();
		Long municipalityId = user.is(Role.COORDINATOR) ? user.municipalityId() : command.municipalityId();
		if (municipalityId == null || !this.access.canManageMunicipality(user, municipalityId)) {
			throw new AccessDeniedException("Cannot create schools in municipality " + municipalityId);
		}
		Municipality municipality = this.municipalities.findById(municipalityId)
			.orElseThrow(() -> new AccessDeniedException("No municipality " + municipalityId));
		if (this.schools.nameTaken(municipalityId, command.name().trim(), -1L)) {
			throw new SchoolNameTakenException(command.name());
		}
		School school = this.schools.save(new School(municipality, command, this.clock.instant()));
		this.auditLog.recordChange(AuditAction.CREATE, ENTITY, school.getId(), Map.of(), school.auditState());
		return school.getId();
	}

	@Transactional
	public void update(Long id, long version, SchoolCommand command) {
		School school = load(id);
		this.access.check(SchoolAction.EDIT_SCHOOL_CARD, locationOf(school));
		if (school.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(School.class, id);
		}
		if (this.schools.nameTaken(school.getMunicipality().getId(), command.name().trim(), id)) {
			throw new SchoolNameTakenException(command.name());
		}
		Map<String, Object> before = school.auditState();
		school.apply(command, this.clock.instant());
		this.schools.saveAndFlush(school);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, id, before, school.auditState());
	}

	/**
	 * The school's location, after checking that the current user may see it. Other
	 * modules use it to scope their own data by school.
	 */
	@Transactional(readOnly = true)
	public SchoolLocation checkedLocation(Long schoolId) {
		SchoolLocation location = this.locations.of(schoolId).orElseThrow(() -> new SchoolNotFoundException(schoolId));
		this.access.checkView(location);
		return location;
	}

	/**
	 * A school's short name (no access check: for notifications and exports of already
	 * checked data).
	 */
	@Transactional(readOnly = true)
	public Optional<String> shortName(Long schoolId) {
		return this.schools.findById(schoolId).map(School::getShortName);
	}

	/**
	 * Where the schools are and what they are, in one query (no access check: callers
	 * scope the ids themselves). Unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public List<SchoolPlace> places(java.util.Collection<Long> schoolIds) {
		return schoolIds.isEmpty() ? List.of() : this.schools.placesOf(schoolIds);
	}

	@Transactional(readOnly = true)
	public Optional<SchoolLocation> location(Long schoolId) {
		return this.locations.of(schoolId);
	}

	/**
	 * Municipalities the current user may see schools of (the list filter and the create
	 * form's choice).
	 */
	@Transactional(readOnly = true)
	public List<MunicipalityOption> visibleMunicipalities() {
		SchoolScope scope = this.access.scope(CurrentUser.require());
		if (scope.schoolIds() != null) {
			return List.of();
		}
		return this.municipalities.allOptions()
			.stream()
			.filter((m) -> scope.includesMunicipality(m.id(), m.regionId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<MunicipalityStats> regionStats(Long regionId) {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.ADMIN) && !(user.is(Role.REGIONAL_OBSERVER) && regionId.equals(user.regionId()))) {
			throw new AccessDeniedException("Region " + regionId + " is not visible");
		}
		return this.schools.statsOfRegion(regionId);
	}

	/**
	 * Counts of the schools of a municipality the user manages (the coordinator's home):
	 * one SQL aggregate, so no transaction of its own. Empty for an unknown municipality;
	 * a municipality without schools counts zero.
	 */
	public Optional<MunicipalityStats> municipalityStats(Long municipalityId) {
		CurrentUser user = CurrentUser.require();
		if (!this.access.canManageMunicipality(user, municipalityId)) {
			throw new AccessDeniedException("Municipality " + municipalityId + " is not managed by the user");
		}
		return this.jdbc.sql("""
				select m.id, m.name, count(s.id), count(s.id) filter (where s.settlement = 'RURAL'),
				count(s.id) filter (where s.small_school), coalesce(sum(s.students), 0), coalesce(sum(s.teachers), 0)
				from municipality m left join school s on s.municipality_id = m.id
				where m.id = ? group by m.id, m.name""")
			.param(municipalityId)
			.query((rs, n) -> new MunicipalityStats(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7)))
			.optional();
	}

	/**
	 * Schools of a municipality the user manages (the assignment drop-down).
	 */
	@Transactional(readOnly = true)
	public List<SchoolOption> schoolOptions(Long municipalityId) {
		if (!this.access.canManageMunicipality(CurrentUser.require(), municipalityId)) {
			throw new AccessDeniedException("Municipality " + municipalityId + " is not managed by the user");
		}
		return this.schools.optionsOf(municipalityId);
	}

	/**
	 * At most {@code limit} schools of a municipality the user manages whose short or
	 * full name contains {@code query} (all when blank), ordered by name: the
	 * search-as-you-type pickers of long municipalities (one query, whatever the number
	 * of schools).
	 */
	@Transactional(readOnly = true)
	public List<SchoolOption> findSchoolOptions(Long municipalityId, String query, int limit) {
		if (!this.access.canManageMunicipality(CurrentUser.require(), municipalityId)) {
			throw new AccessDeniedException("Municipality " + municipalityId + " is not managed by the user");
		}
		// plain SQL: the JPQL query with a Pageable was some 7 % of the programme year's
		// page (docs/benchmarks.md, step 10c); a blank search reads the first names
		// from the index on (municipality_id, short_name, id)
		boolean all = query == null || query.isBlank();
		String pattern = all ? null : Like.contains(query);
		return this.jdbc
			.sql("select s.id, s.short_name from school s where s.municipality_id = ?"
					+ (all ? "" : " and (lower(s.short_name) like ? escape '\\' or lower(s.name) like ? escape '\\')")
					+ " order by s.short_name, s.id limit ?")
			.params(all ? List.of(municipalityId, Math.max(1, limit))
					: List.of(municipalityId, pattern, pattern, Math.max(1, limit)))
			.query((rs, n) -> new SchoolOption(rs.getLong(1), rs.getString(2), municipalityId))
			.list();
	}

	/**
	 * Reference lists for the administrator's account form.
	 */
	@Transactional(readOnly = true)
	public Directory directory() {
		if (!CurrentUser.require().is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators read the whole directory");
		}
		return new Directory(this.regions.allOptions(), this.municipalities.allOptions(), this.schools.allOptions());
	}

	@Transactional(readOnly = true)
	public Optional<MunicipalityOption> municipality(Long municipalityId) {
		return (municipalityId != null) ? this.municipalities.findOption(municipalityId) : Optional.empty();
	}

	/**
	 * Regions, municipalities and schools for drop-downs.
	 */
	public record Directory(List<RegionOption> regions, List<MunicipalityOption> municipalities,
			List<SchoolOption> schools) {

		/**
		 * The schools of each municipality (every municipality a key, in order), so that
		 * a form groups them in one pass: a region's 2,000 schools in 40 municipalities
		 * are not compared 80,000 times.
		 */
		public Map<Long, List<SchoolOption>> schoolsByMunicipality() {
			Map<Long, List<SchoolOption>> map = new LinkedHashMap<>();
			this.municipalities.forEach((m) -> map.put(m.id(), new ArrayList<>()));
			this.schools.forEach((s) -> map.computeIfAbsent(s.municipalityId(), (k) -> new ArrayList<>()).add(s));
			return map;
		}

	}

	private School load(Long id) {
		return this.schools.findWithMunicipalityById(id).orElseThrow(() -> new SchoolNotFoundException(id));
	}

	private static SchoolLocation locationOf(School school) {
		return new SchoolLocation(school.getId(), school.getMunicipality().getId(),
				school.getMunicipality().getRegion().getId());
	}

	static Specification<School> specification(SchoolScope scope, SchoolSearch search) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			var municipality = root.get("municipality");
			if (!scope.all()) {
				if (scope.regionId() != null) {
					predicates.add(cb.equal(municipality.get("region").get("id"), scope.regionId()));
				}
				else if (scope.municipalityId() != null) {
					predicates.add(cb.equal(municipality.get("id"), scope.municipalityId()));
				}
				else if (scope.schoolIds() != null && !scope.schoolIds().isEmpty()) {
					predicates.add(root.get("id").in(scope.schoolIds()));
				}
				else {
					predicates.add(cb.disjunction());
				}
			}
			if (StringUtils.hasText(search.query())) {
				String like = Like.contains(search.query());
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like, Like.ESCAPE),
						cb.like(cb.lower(root.get("shortName")), like, Like.ESCAPE),
						// no coalesce: a null address never matches, and the trigram
						// indexes (V60) are on lower(column)
						cb.like(cb.lower(root.get("address")), like, Like.ESCAPE),
						cb.like(cb.lower(root.get("principalName")), like, Like.ESCAPE)));
			}
			if (search.municipalityId() != null) {
				predicates.add(cb.equal(municipality.get("id"), search.municipalityId()));
			}
			if (search.type() != null) {
				predicates.add(cb.equal(root.get("type"), search.type()));
			}
			if (search.settlement() != null) {
				predicates.add(cb.equal(root.get("settlement"), search.settlement()));
			}
			if (search.smallSchool() != null) {
				predicates.add(cb.equal(root.get("smallSchool"), search.smallSchool()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
