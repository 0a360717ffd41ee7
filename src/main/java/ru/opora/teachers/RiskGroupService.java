package ru.opora.teachers;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in the teachers' «группа риска» in a year, by the rule of the school's region
 * ({@link RiskRule}). No access check here: callers pass schools they already checked and
 * show names only where {@link TeacherAccess} allows.
 */
@Service
@RequiredArgsConstructor
class RiskGroupService {

	/**
	 * {@link RiskRule#reasons} as an SQL condition, for counts: whether teacher {@code t}
	 * is in the group in year {@code :year} by the rule {@code rr} of the school's region
	 * (a row of {@code teacher_risk_rule} left-joined on the region: the defaults when
	 * the region has none). {@code RiskGroupIntegrationTests} checks that both give the
	 * same group.
	 */
	static final String IN_GROUP_SQL = """
			exists (select 1 from teacher_diagnostic d where d.teacher_id = t.id and d.academic_year = :year
			    and (d.external_level = any(string_to_array(coalesce(rr.external_levels, '%s'), ','))
			      or d.external_percent < (case when rr.region_id is null then cast(%s as numeric)
			          else rr.external_threshold end)
			      or exists (select 1 from teacher_diagnostic_score sc where sc.diagnostic_id = d.id
			          and sc.score < coalesce(rr.area_threshold, %s))))""".formatted(
			RiskRule.DEFAULT.externalLevels()
				.stream()
				.sorted()
				.map(Enum::name)
				.collect(java.util.stream.Collectors.joining(",")),
			(RiskRule.DEFAULT.externalThreshold() != null) ? RiskRule.DEFAULT.externalThreshold().toPlainString()
					: "null",
			RiskRule.DEFAULT.areaThreshold().toPlainString());

	private final JdbcClient jdbc;

	private final TeacherRiskRuleRepository rules;

	/**
	 * The rule of a region (the defaults when the region has none).
	 */
	@Transactional(readOnly = true)
	RiskRule rule(Long regionId) {
		return this.rules.findById(regionId).map(TeacherRiskRule::rule).orElse(RiskRule.DEFAULT);
	}

	/**
	 * The reasons of each teacher of these schools who is in the group in the year
	 * (departed teachers included: they count for the year they had a diagnostic in). Two
	 * queries whatever the number of schools.
	 */
	@Transactional(readOnly = true)
	Map<Long, List<RiskRule.Reason>> riskGroup(Collection<Long> schoolIds, int academicYear) {
		if (schoolIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Row> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.id as teacher_id, m.region_id, d.external_percent, d.external_level,
				       a.name as area, sc.score
				from teacher t
				join school s on s.id = t.school_id
				join municipality m on m.id = s.municipality_id
				join teacher_diagnostic d on d.teacher_id = t.id and d.academic_year = :year
				left join teacher_diagnostic_score sc on sc.diagnostic_id = d.id
				left join teacher_competence_area a on a.id = sc.area_id
				where t.school_id in (:schools)
				order by t.id, a.position, a.id
				""").param("year", academicYear).param("schools", schoolIds).query((rs, n) -> {
			long teacherId = rs.getLong("teacher_id");
			Row row = rows.get(teacherId);
			if (row == null) {
				row = new Row(rs.getLong("region_id"), rs.getBigDecimal("external_percent"),
						level(rs.getString("external_level")), new LinkedHashMap<>());
				rows.put(teacherId, row);
			}
			String area = rs.getString("area");
			if (area != null) {
				row.scores().put(area, rs.getBigDecimal("score"));
			}
			return null;
		}).list();
		Map<Long, RiskRule> ruleByRegion = new HashMap<>();
		Set<Long> regions = new HashSet<>();
		rows.values().forEach((r) -> regions.add(r.regionId()));
		this.rules.findAllById(regions).forEach((r) -> ruleByRegion.put(r.getRegionId(), r.rule()));
		Map<Long, List<RiskRule.Reason>> group = new LinkedHashMap<>();
		rows.forEach((teacherId, row) -> {
			RiskRule rule = ruleByRegion.getOrDefault(row.regionId(), RiskRule.DEFAULT);
			List<RiskRule.Reason> reasons = rule.reasons(row.scores(), row.externalPercent(), row.externalLevel());
			if (!reasons.isEmpty()) {
				group.put(teacherId, reasons);
			}
		});
		return group;
	}

	/**
	 * The ids of the teachers of these schools in the group in the year.
	 */
	@Transactional(readOnly = true)
	Set<Long> riskGroupTeacherIds(Collection<Long> schoolIds, int academicYear) {
		return riskGroup(schoolIds, academicYear).keySet();
	}

	private static ExternalLevel level(String value) {
		return (value != null) ? ExternalLevel.valueOf(value) : null;
	}

	private record Row(Long regionId, BigDecimal externalPercent, ExternalLevel externalLevel,
			Map<String, BigDecimal> scores) {

	}

}
