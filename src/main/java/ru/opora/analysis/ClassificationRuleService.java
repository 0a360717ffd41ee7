package ru.opora.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.schools.RegionOption;
import ru.opora.schools.SchoolFacts;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The classification rule per region (data, edited by the administrator, audited). A
 * region without its own rule uses the default one. Classifications are computed when
 * shown, so a saved rule applies at once; the audit entry says how many schools changed
 * group in their latest year.
 */
@Service
@RequiredArgsConstructor
public class ClassificationRuleService {

	static final String ENTITY = "ClassificationRule";

	private final ClassificationRuleRepository rules;

	private final SchoolService schools;

	private final Classifier classifier;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * The rule in force in a region.
	 */
	@Transactional(readOnly = true)
	public ClassificationParameters parametersFor(Long regionId) {
		return ruleFor(regionId).parameters();
	}

	/**
	 * A memoizing lookup for classifying many schools in one go.
	 */
	@Transactional(readOnly = true)
	public java.util.function.Function<Long, ClassificationParameters> lookup() {
		Map<Long, ClassificationParameters> cache = new HashMap<>();
		ClassificationParameters fallback = defaultRule().parameters();
		return (regionId) -> cache.computeIfAbsent(regionId,
				(id) -> this.rules.findByRegionId(id).map(ClassificationRule::parameters).orElse(fallback));
	}

	/**
	 * The default and every region, with the rule in force and whether it is the region's
	 * own (administrator).
	 */
	@Transactional(readOnly = true)
	public List<RuleSummary> overview() {
		requireAdmin();
		ClassificationRule fallback = defaultRule();
		List<RuleSummary> out = new ArrayList<>();
		out.add(new RuleSummary(null, null, true, fallback.getParameters(), fallback.getVersion(),
				fallback.getUpdatedBy(), fallback.getUpdatedAt()));
		for (RegionOption region : this.schools.directory().regions()) {
			Optional<ClassificationRule> own = this.rules.findByRegionId(region.id());
			ClassificationRule rule = own.orElse(fallback);
			out.add(new RuleSummary(region.id(), region.name(), own.isPresent(), rule.getParameters(),
					own.map(ClassificationRule::getVersion).orElse(-1L),
					own.map(ClassificationRule::getUpdatedBy).orElse(null),
					own.map(ClassificationRule::getUpdatedAt).orElse(null)));
		}
		return out;
	}

	@Transactional(readOnly = true)
	public RuleSummary rule(Long regionId) {
		return overview().stream()
			.filter((r) -> Objects.equals(r.regionId(), regionId))
			.findFirst()
			.orElseThrow(() -> new RegionNotFoundException(regionId));
	}

	/**
	 * Saves the default rule (regionId null) or a region's own rule; a region without one
	 * gets it (version -1). Returns how many schools changed group in their latest year.
	 */
	@Transactional
	public int update(Long regionId, long version, ClassificationParameters parameters) {
		requireAdmin();
		RuleSummary current = rule(regionId);
		if (current.version() != version) {
			throw new ObjectOptimisticLockingFailureException(ClassificationRule.class, regionId);
		}
		List<SchoolFacts> affected = affectedSchools(regionId);
		Map<Long, SchoolGroup> before = latestGroups(affected);
		ClassificationRule rule = (regionId == null) ? defaultRule() : this.rules.findByRegionId(regionId)
			.orElseGet(() -> new ClassificationRule(regionId, current.parameters(), this.clock.instant()));
		rule.apply(parameters, CurrentUser.require().username(), this.clock.instant());
		this.rules.saveAndFlush(rule);
		Map<Long, SchoolGroup> after = latestGroups(affected);
		int changed = (int) after.entrySet().stream().filter((e) -> e.getValue() != before.get(e.getKey())).count();
		Map<String, Object> afterState = new java.util.LinkedHashMap<>(ClassificationRule.auditState(parameters));
		Map<String, Object> beforeState = new java.util.LinkedHashMap<>(
				ClassificationRule.auditState(current.parameters()));
		beforeState.put("changedGroups", null);
		afterState.put("changedGroups", changed);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, (regionId != null) ? regionId : "default", beforeState,
				afterState);
		return changed;
	}

	/**
	 * Removes a region's own rule: the default applies again.
	 */
	@Transactional
	public void resetToDefault(Long regionId) {
		requireAdmin();
		rule(regionId);
		this.rules.findByRegionId(regionId).ifPresent((rule) -> {
			this.rules.delete(rule);
			this.auditLog.record(AuditAction.DELETE, ENTITY, regionId, "regionRule: «own» → «default»");
		});
	}

	private List<SchoolFacts> affectedSchools(Long regionId) {
		List<SchoolFacts> all = this.schools.visibleSchoolFacts();
		if (regionId != null) {
			return all.stream().filter((s) -> regionId.equals(s.regionId())).toList();
		}
		return all.stream().filter((s) -> this.rules.findByRegionId(s.regionId()).isEmpty()).toList();
	}

	private Map<Long, SchoolGroup> latestGroups(List<SchoolFacts> schools) {
		Map<Long, SchoolGroup> out = new HashMap<>();
		this.classifier.classify(schools, lookup())
			.forEach((id, years) -> out.put(id,
					years.isEmpty() ? SchoolGroup.NO_DATA : years.get(years.size() - 1).group()));
		return out;
	}

	private ClassificationRule ruleFor(Long regionId) {
		return (regionId != null) ? this.rules.findByRegionId(regionId).orElseGet(this::defaultRule) : defaultRule();
	}

	private ClassificationRule defaultRule() {
		return this.rules.findDefault().orElseThrow(() -> new IllegalStateException("No default classification rule"));
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the administrator edits classification rules");
		}
	}

}
