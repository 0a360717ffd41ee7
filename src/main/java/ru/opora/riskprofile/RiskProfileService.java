package ru.opora.riskprofile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.PagedResult;
import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolDetails;
import ru.opora.schools.SchoolService;
import ru.opora.schools.SchoolSummary;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Risk profiles of the participants of a programme year: reading them (everyone who may
 * see the school and the year), verifying them (the school and its current curator), the
 * curator's changes with a reason, the choice of factors once verified, and the heat map
 * (coordinator, observer, administrator). Every change is audited.
 */
@Service
@RequiredArgsConstructor
public class RiskProfileService {

	static final int STATUS_PAGE = 50;

	static final String ENTITY = "RiskProfile";

	private final RiskProfileRepository profiles;

	private final RiskFactorRepository factorRepository;

	private final RiskFactorService factors;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final SchoolAccess access;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ru.opora.users.UserService users;

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public RiskProfileDetails details(Long programmeYearId, Long schoolId) {
		ProgrammeYearSummary year = participantYear(programmeYearId, schoolId);
		SchoolDetails school = this.schools.details(schoolId);
		RiskProfile profile = this.profiles.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId).orElse(null);
		Set<Long> chosen = this.factors.chosen(programmeYearId, schoolId)
			.stream()
			.map(RiskFactorView::id)
			.collect(Collectors.toSet());
		List<RiskFactor> catalogue = this.factorRepository.catalogueFor(year.year());
		// people's names instead of logins
		List<String> logins = new java.util.ArrayList<>();
		if (profile != null) {
			logins.addAll(java.util.Arrays.asList(profile.getCreatedBy(), profile.getSchoolConfirmedBy(),
					profile.getCuratorConfirmedBy()));
			catalogue.forEach((f) -> profile.factor(f.getId()).ifPresent((pf) -> logins.add(pf.getChangedBy())));
		}
		java.util.Map<String, String> names = this.users.namesByUsername(logins);
		java.util.function.UnaryOperator<String> name = (login) -> (login != null) ? names.getOrDefault(login, login)
				: null;
		List<ProfileRow> rows = catalogue.stream().map((f) -> {
			ProfileFactor pf = (profile != null) ? profile.factor(f.getId()).orElse(null) : null;
			Significance significance = (pf != null) ? pf.getSignificance() : Significance.NO_DATA;
			return new ProfileRow(RiskFactorView.of(f), significance,
					(pf != null) ? pf.getSourceSignificance() : Significance.NO_DATA,
					(pf != null) ? pf.getScore() : null, (pf != null) ? pf.explanationLines() : List.of(),
					(pf != null) ? name.apply(pf.getChangedBy()) : null, (pf != null) ? local(pf.getChangedAt()) : null,
					(pf != null) ? pf.getChangeReason() : null, f.getRecommendation(), chosen.contains(f.getId()));
		}).toList();
		if (profile == null) {
			return new RiskProfileDetails(year, school, false, null, null, null, null, null, null, null, null, -1, rows,
					RiskProfileDetails.ConfirmAs.NONE, false, false, this.factors.maxChosen());
		}
		RiskProfileDetails.ConfirmAs confirmAs = RiskProfileDetails.ConfirmAs.NONE;
		// a closed programme year is read-only
		boolean open = !year.closed();
		if (open && isTheSchool(schoolId) && profile.getSchoolConfirmedAt() == null) {
			confirmAs = RiskProfileDetails.ConfirmAs.SCHOOL;
		}
		else if (open && isItsCurator(schoolId) && profile.getCuratorConfirmedAt() == null) {
			confirmAs = RiskProfileDetails.ConfirmAs.CURATOR;
		}
		return new RiskProfileDetails(year, school, true, profile.getSource(), profile.getSourceNote(),
				name.apply(profile.getCreatedBy()), local(profile.getCreatedAt()),
				name.apply(profile.getSchoolConfirmedBy()), local(profile.getSchoolConfirmedAt()),
				name.apply(profile.getCuratorConfirmedBy()), local(profile.getCuratorConfirmedAt()),
				profile.getVersion(), rows, confirmAs, open && isItsCurator(schoolId) && !profile.isVerified(),
				open && profile.isVerified() && this.factors.canChoose(schoolId), this.factors.maxChosen());
	}

	/**
	 * The school (its own account) or its current curator confirms the profile.
	 */
	@Transactional
	public void confirm(Long programmeYearId, Long schoolId, long version) {
		RiskProfile profile = loadForChange(programmeYearId, schoolId, version);
		String user = CurrentUser.require().username();
		Instant now = this.clock.instant();
		String field;
		if (isTheSchool(schoolId)) {
			profile.confirmBySchool(user, now);
			field = "schoolConfirmedBy";
		}
		else if (isItsCurator(schoolId)) {
			profile.confirmByCurator(user, now);
			field = "curatorConfirmedBy";
		}
		else {
			throw new AccessDeniedException("Only the school and its curator confirm its risk profile");
		}
		this.profiles.saveAndFlush(profile);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, key(programmeYearId, schoolId),
				field + ": — → «" + user + "»" + (profile.isVerified() ? "\nverified: — → «true»" : ""));
	}

	/**
	 * The curator changes the significance of a factor, with a written reason.
	 */
	@Transactional
	public void change(Long programmeYearId, Long schoolId, long version, Long riskFactorId, Significance next,
			String reason) {
		RiskProfile profile = loadForChange(programmeYearId, schoolId, version);
		if (!isItsCurator(schoolId)) {
			throw new AccessDeniedException("Only the school's curator changes its risk profile");
		}
		String user = CurrentUser.require().username();
		Significance before = profile.change(riskFactorId, next, reason, user, this.clock.instant());
		this.profiles.saveAndFlush(profile);
		RiskFactor factor = this.factorRepository.findById(riskFactorId).orElseThrow();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, key(programmeYearId, schoolId),
				"factor %d: «%s» → «%s»\nreason: «%s»".formatted(factor.getNumber(), before, next, reason.strip()));
	}

	/**
	 * The factors the school works on, chosen once the profile is verified.
	 */
	@Transactional
	public void choose(Long programmeYearId, Long schoolId, Set<Long> factorIds) {
		participantYear(programmeYearId, schoolId);
		this.factors.choose(programmeYearId, schoolId, factorIds);
	}

	/**
	 * One page (by school name) of the participants of a programme year the user may see,
	 * with their profile status, and the counts over all of them: the names in one query,
	 * the profiles of the page's schools only, the counts as one aggregate.
	 */
	@Transactional(readOnly = true)
	public ProfileStatuses statuses(Long programmeYearId, Integer page) {
		return statuses(this.programmes.year(programmeYearId), page);
	}

	/**
	 * {@link #statuses(Long, Integer)} of a programme year the caller has just read with
	 * {@code ProgrammeService.year} (which checks that the user may see it), so that the
	 * page does not load it twice.
	 */
	@Transactional(readOnly = true)
	public ProfileStatuses statuses(ProgrammeYearSummary year, Integer page) {
		Long programmeYearId = year.id();
		Map<Long, String> names = this.schools.visibleSchoolNames(year.participantIds());
		PagedResult<Map.Entry<Long, String>> slice = PagedResult.slice(List.copyOf(names.entrySet()), page,
				STATUS_PAGE);
		Long[] ids = slice.content().stream().map(Map.Entry::getKey).toArray(Long[]::new);
		// plain SQL with array parameters: JPQL with a list of ids was translated anew on
		// each call (a sixth of the page's CPU); the chosen factors are counted for the
		// page's schools only
		Map<Long, ProfileStatus> bySchool = new HashMap<>();
		if (ids.length > 0) {
			this.jdbc.sql("""
					select p.school_id, p.source, p.school_confirmed_at is not null, p.curator_confirmed_at is not null
					from risk_profile p where p.programme_year_id = ? and p.school_id = any(?)""")
				.params(programmeYearId, ids)
				.query((rs) -> {
					bySchool.put(rs.getLong(1), new ProfileStatus(rs.getLong(1), null,
							ProfileSource.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4), 0));
				});
		}
		Map<Long, Integer> chosen = new HashMap<>();
		if (ids.length > 0) {
			this.jdbc.sql("""
					select c.school_id, count(*) from risk_factor_choice c
					where c.programme_year_id = ? and c.school_id = any(?) group by c.school_id""")
				.params(programmeYearId, ids)
				.query((rs) -> {
					chosen.put(rs.getLong(1), rs.getInt(2));
				});
		}
		List<ProfileStatus> rows = slice.content().stream().map((s) -> {
			ProfileStatus p = bySchool.get(s.getKey());
			return new ProfileStatus(s.getKey(), s.getValue(), (p != null) ? p.source() : null,
					p != null && p.schoolConfirmed(), p != null && p.curatorConfirmed(),
					chosen.getOrDefault(s.getKey(), 0));
		}).toList();
		long withProfile = 0;
		long verified = 0;
		if (!names.isEmpty()) {
			long[] counts = this.jdbc.sql("""
					select count(*), count(*) filter (where p.school_confirmed_at is not null
					    and p.curator_confirmed_at is not null)
					from risk_profile p where p.programme_year_id = ? and p.school_id = any(?)""")
				.params(programmeYearId, names.keySet().toArray(Long[]::new))
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			withProfile = counts[0];
			verified = counts[1];
		}
		return new ProfileStatuses(new PagedResult<>(rows, slice.page(), slice.size(), slice.totalElements()),
				withProfile, verified);
	}

	/**
	 * A page of profile statuses and, over all visible participants, how many have a
	 * profile and how many of those are verified.
	 */
	public record ProfileStatuses(PagedResult<ProfileStatus> page, long withProfile, long verified) {

	}

	/**
	 * The heat map of a programme year: its participants' profiles, factor by factor.
	 */
	@Transactional(readOnly = true)
	public HeatMap heatMap(Long programmeYearId) {
		CurrentUser user = CurrentUser.require();
		if (!(user.is(Role.COORDINATOR) || user.is(Role.ADMIN) || user.is(Role.REGIONAL_OBSERVER))) {
			throw new AccessDeniedException("The heat map is for coordinators, observers and administrators");
		}
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		List<RiskFactorView> catalogue = this.factors.catalogueFor(year.year());
		Map<Long, RiskProfile> byschool = new HashMap<>();
		this.profiles.findByProgrammeYearId(programmeYearId).forEach((p) -> byschool.put(p.getSchoolId(), p));
		List<HeatMap.Row> rows = visibleParticipants(year).stream().map((s) -> {
			RiskProfile p = byschool.get(s.id());
			Map<Long, Significance> cells = new LinkedHashMap<>();
			for (RiskFactorView f : catalogue) {
				cells.put(f.id(),
						(p != null) ? p.factor(f.id()).map(ProfileFactor::getSignificance).orElse(null) : null);
			}
			return new HeatMap.Row(s.id(), s.shortName(), (p != null) ? p.getSource() : null,
					p != null && p.isVerified(), cells);
		}).toList();
		List<HeatMap.FactorCount> counts = catalogue.stream().map((f) -> {
			Map<Significance, Long> n = new EnumMap<>(Significance.class);
			rows.stream()
				.map((r) -> r.cell(f.id()))
				.filter(java.util.Objects::nonNull)
				.forEach((sig) -> n.merge(sig, 1L, Long::sum));
			return new HeatMap.FactorCount(f, n.getOrDefault(Significance.HIGH, 0L),
					n.getOrDefault(Significance.MEDIUM, 0L), n.getOrDefault(Significance.LOW, 0L),
					n.getOrDefault(Significance.NO_DATA, 0L));
		}).toList();
		return new HeatMap(year, catalogue, rows, counts);
	}

	/**
	 * Per school, the significance of each risk factor in its profile of the programme
	 * year (schools without a profile are left out). No access check: the caller scopes
	 * the ids.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, Significance>> significancesUnchecked(Long programmeYearId,
			java.util.Collection<Long> schoolIds) {
		Map<Long, Map<Long, Significance>> out = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return out;
		}
		for (Object[] row : this.profiles.significances(programmeYearId, schoolIds)) {
			out.computeIfAbsent((Long) row[0], (k) -> new HashMap<>()).put((Long) row[1], (Significance) row[2]);
		}
		return out;
	}

	/**
	 * Creates or replaces a participant's profile (an import or a survey computation).
	 * Refused for a verified profile.
	 */
	@Transactional
	void saveProfile(Long programmeYearId, Long schoolId, ProfileSource source, String note,
			List<ProfileFactor> factors) {
		RiskProfile profile = this.profiles.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId)
			.orElseGet(() -> new RiskProfile(programmeYearId, schoolId));
		boolean created = profile.getId() == null;
		String user = CurrentUser.current().map(CurrentUser::username).orElse(null);
		profile.replace(source, note, factors, user, this.clock.instant());
		this.profiles.saveAndFlush(profile);
		String summary = factors.stream()
			.map((f) -> f.getRiskFactorId() + "=" + f.getSignificance())
			.collect(Collectors.joining(", "));
		this.auditLog.record(created ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, key(programmeYearId, schoolId),
				"source: «%s»\nnote: «%s»\nfactors: «%s»".formatted(source, note, summary));
	}

	@Transactional(readOnly = true)
	boolean exists(Long programmeYearId, Long schoolId) {
		return this.profiles.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId).isPresent();
	}

	/**
	 * Is the profile of this participant verified (no longer replaced)?
	 */
	@Transactional(readOnly = true)
	boolean isVerified(Long programmeYearId, Long schoolId) {
		return this.profiles.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId)
			.map(RiskProfile::isVerified)
			.orElse(false);
	}

	private RiskProfile loadForChange(Long programmeYearId, Long schoolId, long version) {
		participantYear(programmeYearId, schoolId);
		this.programmes.requireOpen(programmeYearId);
		RiskProfile profile = this.profiles.findByProgrammeYearIdAndSchoolId(programmeYearId, schoolId)
			.orElseThrow(() -> new RiskProfileNotFoundException(programmeYearId + "/" + schoolId));
		if (profile.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(RiskProfile.class, profile.getId());
		}
		return profile;
	}

	/**
	 * The programme year, after checking that the user may see it and the school, and
	 * that the school takes part.
	 */
	private ProgrammeYearSummary participantYear(Long programmeYearId, Long schoolId) {
		ProgrammeYearSummary year = this.programmes.year(programmeYearId);
		this.schools.checkedLocation(schoolId);
		if (!year.hasParticipant(schoolId)) {
			throw new RiskProfileNotFoundException(programmeYearId + "/" + schoolId);
		}
		return year;
	}

	private List<SchoolSummary> visibleParticipants(ProgrammeYearSummary year) {
		return this.schools.visibleSchools(year.participantIds());
	}

	private boolean isTheSchool(Long schoolId) {
		CurrentUser.require();
		return this.access.may(SchoolAction.CONFIRM_RISK_PROFILE, schoolId);
	}

	private boolean isItsCurator(Long schoolId) {
		CurrentUser.require();
		return this.access.may(SchoolAction.VERIFY_RISK_PROFILE, schoolId);
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

	static String key(Long programmeYearId, Long schoolId) {
		return programmeYearId + "/" + schoolId;
	}

}
