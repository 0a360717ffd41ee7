package ru.opora.riskprofile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;

/**
 * The risk-factor catalogue of a programme year and the factors each participant works
 * on. The school itself or its municipality's coordinator chooses them (up to
 * {@code opora.risk.max-chosen-factors}, 3 by default), and only once the school and its
 * curator have verified the risk profile: one rule for the profile page and the factors
 * page.
 */
@Service
@RequiredArgsConstructor
public class RiskFactorService {

	static final String ENTITY = "RiskFactorChoice";

	private final RiskFactorRepository factors;

	private final RiskProfileRepository profiles;

	private final JdbcClient jdbc;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final SchoolAccess access;

	private final AuditLog auditLog;

	@Value("${opora.risk.max-chosen-factors:3}")
	private int maxChosen = 3;

	@Transactional(readOnly = true)
	public List<RiskFactorView> catalogueFor(int year) {
		return this.factors.catalogueFor(year).stream().map(RiskFactorView::of).toList();
	}

	/**
	 * The labels ({@link RiskFactorView#label()}) of the catalogues of these programme
	 * years, by year and factor id: for each year the factors {@link #catalogueFor(int)}
	 * lists, in one statement whatever the number of years (the review queue asked for a
	 * year's catalogue as entities on every view, docs/benchmarks.md, step 12d).
	 */
	@Transactional(readOnly = true)
	public Map<Integer, Map<Long, String>> catalogueLabelsFor(Collection<Integer> years) {
		Map<Integer, Map<Long, String>> labels = new HashMap<>();
		if (years.isEmpty()) {
			return labels;
		}
		this.jdbc.sql("""
				select y.year, f.id, f.number, f.name
				from unnest(?::int[]) y(year)
				join risk_factor f on f.active and f.catalogue_year =
				  (select max(g.catalogue_year) from risk_factor g where g.catalogue_year <= y.year)""")
			.param(years.stream().distinct().toArray(Integer[]::new))
			.query((rs) -> {
				labels.computeIfAbsent(rs.getInt(1), (y) -> new HashMap<>())
					.put(rs.getLong(2), new RiskFactorView(rs.getLong(2), rs.getInt(3), rs.getString(4)).label());
			});
		return labels;
	}

	/**
	 * The factors a participant works on, by number (if the user may see the school).
	 */
	@Transactional(readOnly = true)
	public List<RiskFactorView> chosen(Long programmeYearId, Long schoolId) {
		this.schools.checkedLocation(schoolId);
		return chosenUnchecked(programmeYearId, schoolId);
	}

	/**
	 * Chosen factors of every participant of a programme year (for monitoring pages of
	 * users who may see the programme year).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<RiskFactorView>> chosenByParticipant(Long programmeYearId) {
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		Map<Long, List<RiskFactorView>> chosen = chosenByParticipantUnchecked(programmeYearId);
		return year.participantIds()
			.stream()
			.collect(Collectors.toMap((id) -> id, (id) -> chosen.getOrDefault(id, List.of())));
	}

	/**
	 * Chosen factors of a programme year's schools that chose any, by school, in one
	 * query (no access check: for scheduled jobs and pages that checked the year
	 * already).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<RiskFactorView>> chosenByParticipantUnchecked(Long programmeYearId) {
		Map<Long, List<RiskFactorView>> bySchool = new HashMap<>();
		this.jdbc.sql("""
				select c.school_id, f.id, f.number, f.name
				from risk_factor_choice c join risk_factor f on f.id = c.risk_factor_id
				where c.programme_year_id = ? order by c.school_id, f.number""").param(programmeYearId).query((rs) -> {
			bySchool.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new RiskFactorView(rs.getLong(2), rs.getInt(3), rs.getString(4)));
		});
		return bySchool;
	}

	/**
	 * Chosen factors of some of a programme year's schools (those of {@code schoolIds}
	 * that chose any), by school, in one query; no access check, as
	 * {@link #chosenByParticipantUnchecked(Long)}. A page of the documents monitoring
	 * reads its 50 schools' choices, not the whole year's (docs/benchmarks.md, step 10c).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<RiskFactorView>> chosenByParticipantUnchecked(Long programmeYearId,
			java.util.Collection<Long> schoolIds) {
		Map<Long, List<RiskFactorView>> bySchool = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return bySchool;
		}
		this.jdbc.sql("""
				select c.school_id, f.id, f.number, f.name
				from risk_factor_choice c join risk_factor f on f.id = c.risk_factor_id
				where c.programme_year_id = ? and c.school_id = any(?) order by c.school_id, f.number""")
			.params(programmeYearId, schoolIds.toArray(Long[]::new))
			.query((rs) -> {
				bySchool.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new RiskFactorView(rs.getLong(2), rs.getInt(3), rs.getString(4)));
			});
		return bySchool;
	}

	public int maxChosen() {
		return this.maxChosen;
	}

	/**
	 * May the current user choose the factors of this participant?
	 */
	@Transactional(readOnly = true)
	public boolean canChoose(Long schoolId) {
		CurrentUser.require();
		return this.access.may(SchoolAction.CHOOSE_FACTORS, schoolId);
	}

	@Transactional
	public void choose(Long programmeYearId, Long schoolId, Set<Long> factorIds) {
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		this.schools.checkedLocation(schoolId);
		if (!canChoose(schoolId) || !year.hasParticipant(schoolId)) {
			throw new AccessDeniedException("Cannot choose risk factors of school " + schoolId);
		}
		this.programmes.requireOpen(programmeYearId);
		if (!profileVerified(programmeYearId, schoolId)) {
			throw new RuleViolationException("riskprofile.profile.notVerified");
		}
		if (factorIds.size() > this.maxChosen) {
			throw new RuleViolationException("riskprofile.factors.tooMany");
		}
		Set<Long> catalogue = catalogueFor(year.year()).stream().map(RiskFactorView::id).collect(Collectors.toSet());
		if (!catalogue.containsAll(factorIds)) {
			throw new RuleViolationException("riskprofile.factors.unknown");
		}
		String before = labels(chosenUnchecked(programmeYearId, schoolId));
		this.jdbc.sql("delete from risk_factor_choice where programme_year_id = ? and school_id = ?")
			.params(programmeYearId, schoolId)
			.update();
		for (Long factorId : factorIds) {
			this.jdbc.sql("""
					insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id, chosen_by)
					values (?, ?, ?, ?)""")
				.params(programmeYearId, schoolId, factorId, CurrentUser.require().username())
				.update();
		}
		String after = labels(chosenUnchecked(programmeYearId, schoolId));
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, programmeYearId + "/" + schoolId,
				Map.of("factors", before), Map.of("factors", after));
	}

	/**
	 * Has the participant's risk profile been verified by the school and its curator (the
	 * condition for choosing factors)? No access check.
	 */
	@Transactional(readOnly = true)
	public boolean profileVerified(Long programmeYearId, Long schoolId) {
		return this.profiles.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId)
			.map(RiskProfile::isVerified)
			.orElse(false);
	}

	/**
	 * The chosen factors without an access check (for scheduled jobs).
	 */
	@Transactional(readOnly = true)
	public List<RiskFactorView> chosenUnchecked(Long programmeYearId, Long schoolId) {
		return this.jdbc.sql("""
				select f.id, f.number, f.name from risk_factor_choice c join risk_factor f on f.id = c.risk_factor_id
				where c.programme_year_id = ? and c.school_id = ? order by f.number""")
			.params(programmeYearId, schoolId)
			.query((rs, i) -> new RiskFactorView(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/**
	 * The chosen factors of many schools in one query, without an access check (the
	 * caller scopes the ids).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<RiskFactorView>> chosenUnchecked(Long programmeYearId, java.util.Collection<Long> schoolIds) {
		Map<Long, List<RiskFactorView>> out = new java.util.HashMap<>();
		if (schoolIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select c.school_id, f.id, f.number, f.name
				from risk_factor_choice c join risk_factor f on f.id = c.risk_factor_id
				where c.programme_year_id = ? and c.school_id = any(?) order by f.number""")
			.params(programmeYearId, schoolIds.toArray(Long[]::new))
			.query((rs) -> {
				out.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>())
					.add(new RiskFactorView(rs.getLong(2), rs.getInt(3), rs.getString(4)));
			});
		return out;
	}

	private static String labels(List<RiskFactorView> list) {
		return list.stream().map((f) -> String.valueOf(f.number())).collect(Collectors.joining(", "));
	}

}
