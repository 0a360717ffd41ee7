package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * The teachers' reference data the administrator keeps: the competence areas of the
 * diagnostic and each region's rule for the «группа риска».
 */
@Service
@RequiredArgsConstructor
class TeacherReferenceService {

	static final String AREA = "TeacherCompetenceArea";

	static final String RULE = "TeacherRiskRule";

	private final CompetenceAreaRepository areas;

	private final TeacherRiskRuleRepository rules;

	private final SchoolService schools;

	private final AuditLog auditLog;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<CompetenceArea> areas() {
		requireAdmin();
		return this.areas.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	List<RegionRule> regionRules() {
		requireAdmin();
		return this.schools.directory()
			.regions()
			.stream()
			.map((r) -> new RegionRule(r.id(), r.name(),
					this.rules.findById(r.id()).map(TeacherRiskRule::rule).orElse(RiskRule.DEFAULT),
					this.rules.existsById(r.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	RegionRule regionRule(Long regionId) {
		return regionRules().stream()
			.filter((r) -> r.regionId().equals(regionId))
			.findFirst()
			.orElseThrow(() -> new TeacherNotFoundException(regionId));
	}

	@Transactional
	void addArea(String name, Integer position) {
		requireAdmin();
		String clean = checkName(name);
		try {
			CompetenceArea area = this.areas.saveAndFlush(new CompetenceArea(clean, (position != null) ? position : 0));
			this.auditLog.record(AuditAction.CREATE, AREA, area.getId(), clean);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("teachers.areas.duplicate");
		}
	}

	@Transactional
	void changeArea(Long id, String name, Integer position, boolean active) {
		requireAdmin();
		CompetenceArea area = this.areas.findById(id).orElseThrow(() -> new TeacherNotFoundException(id));
		String clean = checkName(name);
		this.areas.findAll()
			.stream()
			.filter((a) -> !a.getId().equals(id) && a.getName().equalsIgnoreCase(clean))
			.findAny()
			.ifPresent((a) -> {
				throw new RuleViolationException("teachers.areas.duplicate");
			});
		String before = area.getName() + "|" + area.getPosition() + "|" + area.isActive();
		area.change(clean, (position != null) ? position : area.getPosition(), active);
		this.areas.saveAndFlush(area);
		this.auditLog.record(AuditAction.UPDATE, AREA, id,
				before + " → " + clean + "|" + area.getPosition() + "|" + active);
	}

	@Transactional
	void saveRule(Long regionId, String areaThreshold, String externalThreshold, Set<ExternalLevel> levels) {
		requireAdmin();
		RegionRule region = regionRule(regionId);
		BigDecimal area = Percent.parse(areaThreshold);
		if (area == null) {
			throw new RuleViolationException("teachers.rule.areaThreshold.invalid");
		}
		BigDecimal external = null;
		if (externalThreshold != null && !externalThreshold.isBlank()) {
			external = Percent.parse(externalThreshold);
			if (external == null) {
				throw new RuleViolationException("teachers.rule.externalThreshold.invalid");
			}
		}
		RiskRule rule = new RiskRule(area, external,
				(levels == null || levels.isEmpty()) ? EnumSet.noneOf(ExternalLevel.class) : EnumSet.copyOf(levels));
		TeacherRiskRule entity = this.rules.findById(regionId).orElseGet(() -> new TeacherRiskRule(regionId));
		entity.change(rule, CurrentUser.require().username(), this.clock.instant());
		this.rules.saveAndFlush(entity);
		this.auditLog.record(AuditAction.UPDATE, RULE, regionId, region.regionName() + ": area<" + area + ", external<"
				+ external + ", levels=" + rule.externalLevels());
	}

	private static String checkName(String name) {
		String clean = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			throw new RuleViolationException("teachers.areas.nameRequired");
		}
		if (clean.length() > 200) {
			throw new RuleViolationException("teachers.areas.nameLong");
		}
		return clean;
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().is(Role.ADMIN)) {
			throw new AccessDeniedException("Only the administrator keeps the teachers' reference data");
		}
	}

	record RegionRule(Long regionId, String regionName, RiskRule rule, boolean own) {

	}

}
