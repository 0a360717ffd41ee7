package ru.opora.warnings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.PagedResult;
import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.schools.RegionOption;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.PersonSummary;
import ru.opora.users.Role;
import ru.opora.users.UserService;

/**
 * Reads the early warning in the user's scope (coordinator: the municipality; observer:
 * the region, read only; curator: the assigned schools; school: itself; administrator:
 * everything) and keeps the per-region settings (administrator, audited).
 */
@Service
@RequiredArgsConstructor
public class WarningService {

	static final String ENTITY = "WarningSettings";

	private final WarningStore store;

	private final SchoolService schools;

	private final SchoolAccess access;

	private final CuratorAssignmentService assignments;

	private final UserService users;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * The page: one page ({@code page}, 0-based, null = the first, past the end = the
	 * last) of the schools of the user's scope, filtered by level, reason and curator
	 * (any may be null) in SQL; a fixed number of statements whatever the number of
	 * schools.
	 */
	@Transactional(readOnly = true)
	public WarningBoard board(Level level, Reason reason, Long curatorId, Integer page, int size) {
		// ids only for the whole scope; names only for the page's rows
		Set<Long> scope = new HashSet<>(this.schools.visibleSchoolIds());
		Map<Long, List<Long>> curatorsBySchool = this.assignments.activeCuratorsOf(scope);
		Set<Long> curatorIds = new HashSet<>();
		curatorsBySchool.values().forEach(curatorIds::addAll);
		List<Long> among = (curatorId == null) ? List.copyOf(scope)
				: curatorsBySchool.entrySet()
					.stream()
					.filter((e) -> e.getValue().contains(curatorId))
					.map(Map.Entry::getKey)
					.toList();
		Map<Level, Long> counts = this.store.levelCounts(scope);
		int number = (page == null || page < 0) ? 0 : Math.min(page, 100_000);
		WarningStore.BoardPage found = this.store.boardPage(among, level, reason, number * size, size);
		if (found.schoolIds().isEmpty() && found.total() > 0) {
			number = (int) ((found.total() - 1) / size);
			found = this.store.boardPage(among, level, reason, number * size, size);
		}
		Map<Long, String> visibleNames = this.schools.visibleSchoolNames(found.schoolIds());
		Map<Long, String> names = new LinkedHashMap<>();
		found.schoolIds().forEach((id) -> names.put(id, visibleNames.get(id)));
		Map<Long, WarningRow> byId = new HashMap<>();
		rows(names).forEach((r) -> byId.put(r.schoolId(), r));
		List<WarningRow> rows = found.schoolIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
		List<PersonSummary> curators = this.users.people(curatorIds)
			.values()
			.stream()
			.sorted(Comparator.comparing(PersonSummary::fullName))
			.toList();
		return new WarningBoard(new PagedResult<>(rows, number, size, found.total()), counts.get(Level.RISK),
				counts.get(Level.ATTENTION), counts.get(Level.NORMAL), curators);
	}

	/**
	 * One school's warning for its card (empty when it is in the norm or was never
	 * computed). A school the user may not see is reported as not found.
	 */
	@Transactional(readOnly = true)
	public Optional<WarningRow> ofSchool(Long schoolId) {
		if (this.schools.location(schoolId).isEmpty() || !this.access.canView(schoolId)) {
			throw new WarningsNotFoundException(schoolId);
		}
		return rows(this.schools.visibleSchoolNames(List.of(schoolId))).stream()
			.filter((r) -> r.level() != Level.NORMAL)
			.findFirst();
	}

	/**
	 * The curator's assigned schools not in the norm (for the curator's home page).
	 */
	@Transactional(readOnly = true)
	public List<WarningRow> ofMySchools() {
		CurrentUser user = CurrentUser.require();
		if (!user.is(Role.CURATOR)) {
			return List.of();
		}
		return rows(this.schools.visibleSchoolNames(this.store.allLevelSchools())).stream()
			.filter((r) -> r.level() != Level.NORMAL)
			.toList();
	}

	private List<WarningRow> rows(Map<Long, String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		Map<Long, List<WarningRow.ReasonView>> reasons = this.store.openReasons(names.keySet())
			.stream()
			.collect(Collectors.groupingBy(WarningStore.OpenReason::schoolId,
					Collectors.mapping((r) -> new WarningRow.ReasonView(r.reason(), r.startedOn(), r.count(), r.link()),
							Collectors.toList())));
		Map<Long, List<Long>> curators = this.assignments.activeCuratorsOf(names.keySet());
		Set<Long> curatorIds = new HashSet<>();
		curators.values().forEach(curatorIds::addAll);
		Map<Long, PersonSummary> people = this.users.people(curatorIds);
		Map<Long, SchoolLevel> levels = new HashMap<>();
		this.store.levels(names.keySet()).forEach((l) -> levels.put(l.schoolId(), l));
		List<WarningRow> rows = new ArrayList<>();
		names.forEach((id, name) -> {
			SchoolLevel level = levels.get(id);
			if (level == null) {
				return;
			}
			List<String> curatorNames = curators.getOrDefault(id, List.of())
				.stream()
				.map(people::get)
				.filter(java.util.Objects::nonNull)
				.map(PersonSummary::fullName)
				.toList();
			rows.add(new WarningRow(id, name, level.level(), level.score(), level.levelSince(), level.computedOn(),
					reasons.getOrDefault(id, List.of()), curatorNames));
		});
		rows.sort(Comparator.comparing((WarningRow r) -> r.level().ordinal())
			.reversed()
			.thenComparing(Comparator.comparingInt(WarningRow::score).reversed()));
		return rows;
	}

	// settings (administrator)

	/**
	 * Every region with its settings in force (the defaults where none were saved).
	 */
	@Transactional(readOnly = true)
	public List<RegionSettings> settingsOverview() {
		requireAdmin();
		Map<Long, RegionSettings> out = new LinkedHashMap<>();
		for (RegionOption region : this.schools.directory().regions()) {
			out.put(region.id(), regionSettings(region));
		}
		return List.copyOf(out.values());
	}

	@Transactional(readOnly = true)
	public RegionSettings settings(Long regionId) {
		requireAdmin();
		RegionOption region = this.schools.directory()
			.regions()
			.stream()
			.filter((r) -> r.id().equals(regionId))
			.findFirst()
			.orElseThrow(() -> new ru.opora.common.NotFoundException("error.notFound.page", regionId));
		return regionSettings(region);
	}

	/**
	 * Saves a region's settings (stale version: 409), audited field by field.
	 */
	@Transactional
	public void update(Long regionId, long version, Thresholds thresholds) {
		RegionSettings current = settings(regionId);
		this.store.saveSettings(regionId, version, thresholds, CurrentUser.require().username(), this.clock.instant());
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, regionId, auditState(current.thresholds()),
				auditState(thresholds));
	}

	private RegionSettings regionSettings(RegionOption region) {
		return this.store.settings(region.id())
			.map((s) -> new RegionSettings(region.id(), region.name(), s.thresholds(), s.version(), s.updatedBy(),
					s.updatedAt()))
			.orElseGet(() -> new RegionSettings(region.id(), region.name(), Thresholds.defaults(), -1, null, null));
	}

	static Map<String, Object> auditState(Thresholds t) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (Reason reason : Reason.values()) {
			state.put(reason.name() + ".limit", t.limit(reason));
			state.put(reason.name() + ".weight", t.weight(reason));
		}
		state.put("attentionScore", t.attentionScore());
		state.put("riskScore", t.riskScore());
		state.put("riskEscalationDays", t.riskEscalationDays());
		return state;
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().is(Role.ADMIN)) {
			throw new AccessDeniedException("Early-warning settings are the administrator's");
		}
	}

	/**
	 * A region's settings in force; version -1 while the region has none of its own.
	 */
	public record RegionSettings(Long regionId, String regionName, Thresholds thresholds, long version,
			String updatedBy, java.time.Instant updatedAt) {

	}

}
