package ru.opora.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.analysis.AnalysisFilter;
import ru.opora.analysis.AnalysisService;
import ru.opora.analysis.OverviewRow;
import ru.opora.analysis.SchoolGroup;
import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearNotFoundException;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolPlace;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.PersonSummary;
import ru.opora.users.Role;
import ru.opora.users.UserService;

/**
 * The network of a programme year: set-up by the coordinator (model, mentor and mentee
 * schools, capacities), pairs made by hand, and the pages' read models. Access is decided
 * by {@link NetworkAccess} on every call.
 */
@Service
@RequiredArgsConstructor
public class NetworkService {

	static final String ENTITY = "Network";

	static final String PAIR = "NetworkPair";

	private final NetworkRepository networks;

	private final NetworkPairRepository pairs;

	private final NetworkRuleRepository rules;

	private final NetworkActivityRepository activities;

	private final NetworkAccess access;

	private final ProgrammeService programmes;

	private final SchoolService schools;

	private final AnalysisService analysis;

	private final CuratorAssignmentService curators;

	private final UserService users;

	private final AuditLog auditLog;

	private final PairNotifications pairNotifications;

	private final Clock clock;

	// ---------------------------------------------------------------- reading

	/**
	 * The networks the user may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<NetworkSummary> visibleNetworks() {
		CurrentUser user = CurrentUser.require();
		List<Network> list = switch (user.role()) {
			case COORDINATOR -> this.networks.findByMunicipalityIdInOrderByIdDesc(List.of(user.municipalityId()));
			case ADMIN, REGIONAL_OBSERVER -> this.networks.findByMunicipalityIdInOrderByIdDesc(
					this.schools.visibleMunicipalities().stream().map(MunicipalityOption::id).toList());
			case CURATOR, SCHOOL -> {
				Set<Long> mine = this.access.mySchools(user);
				yield mine.isEmpty() ? List.of() : this.networks.findWithMember(mine);
			}
		};
		return summaries(list);
	}

	/**
	 * The network of a programme year, if there is one the user may see.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> networkOfProgramme(Long programmeYearId) {
		CurrentUser user = CurrentUser.require();
		return this.networks.findByProgrammeYearId(programmeYearId)
			.filter((n) -> this.access.canView(n, user))
			.map(Network::getId);
	}

	@Transactional(readOnly = true)
	public NetworkSummary summary(Long networkId) {
		Network network = viewable(networkId);
		return summaries(List.of(network)).get(0);
	}

	@Transactional(readOnly = true)
	public NetworkDetails details(Long networkId) {
		CurrentUser user = CurrentUser.require();
		Network network = viewable(networkId);
		boolean everything = this.access.seesEverything(network, user);
		List<NetworkPair> all = this.pairs.findByNetworkIdOrderByIdAsc(networkId);
		List<NetworkPair> visible = everything ? all
				: all.stream().filter((p) -> this.access.involved(p, user)).toList();
		Set<Long> ids = network.getMembers().stream().map(NetworkMember::getSchoolId).collect(Collectors.toSet());
		all.forEach((p) -> {
			ids.add(p.getMentorSchoolId());
			ids.add(p.getMenteeSchoolId());
		});
		Map<Long, SchoolPlace> places = places(ids);
		Map<Long, SchoolGroup> groups = this.access.canManage(network, user) ? groups(network.getMunicipalityId())
				: Map.of();
		Map<Long, Long> used = all.stream()
			.filter(NetworkPair::isActive)
			.collect(Collectors.groupingBy(NetworkPair::getMentorSchoolId, Collectors.counting()));
		List<MemberView> members = network.getMembers()
			.stream()
			.map((m) -> new MemberView(m.getSchoolId(), name(places, m.getSchoolId()),
					shortName(places, m.getSchoolId()), m.getRole(), m.getCapacity(),
					used.getOrDefault(m.getSchoolId(), 0L).intValue(), groups.get(m.getSchoolId()),
					m.getSchoolId().equals(network.getCentreSchoolId())))
			.sorted(Comparator.comparing(MemberView::shortName))
			.toList();
		NetworkSummary summary = summaries(List.of(network)).get(0);
		return new NetworkDetails(summary, network.getVersion(), network.getCentreSchoolId(),
				network.getDefaultCapacity(), network.getInactivityDays(),
				members.stream().filter((m) -> m.role() == MemberRole.MENTOR).toList(),
				members.stream().filter((m) -> m.role() == MemberRole.MENTEE).toList(),
				pairViews(network, visible, places), this.access.canManage(network, user) && !summary.closed(),
				everything);
	}

	/**
	 * The schools of the municipality that may join the network, with their group in the
	 * latest year of «Анализ школ» and the role it suggests (strong and resilient schools
	 * mentor; low-result and risk-zone schools and programme participants are mentored).
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Long networkId) {
		Network network = manageable(networkId);
		ProgrammeYearSummary year = programme(network);
		List<OverviewRow> rows = this.analysis
			.overview(new AnalysisFilter(null, network.getMunicipalityId(), null, null, null))
			.rows();
		return rows.stream()
			.filter((r) -> network.member(r.school().id()).isEmpty())
			.map((r) -> new Candidate(r.school().id(), r.school().shortName(), r.group(), r.persistentlyLow(),
					year.hasParticipant(r.school().id()),
					suggestedRole(r.group(), year.hasParticipant(r.school().id()))))
			.sorted(Comparator.comparing((Candidate c) -> c.suggestedRole() == null)
				.thenComparing((Candidate c) -> c.suggestedRole() == null ? "" : c.suggestedRole().name())
				.thenComparing(Candidate::shortName))
			.toList();
	}

	static MemberRole suggestedRole(SchoolGroup group, boolean participant) {
		if (participant || group == SchoolGroup.RISK_ZONE || group == SchoolGroup.LOW_ADVERSE) {
			return MemberRole.MENTEE;
		}
		if (group == SchoolGroup.STRONG || group == SchoolGroup.RESILIENT) {
			return MemberRole.MENTOR;
		}
		return null;
	}

	// ---------------------------------------------------------------- set-up

	/**
	 * Opens the network of a programme year (one per year) in the coordinator's
	 * municipality.
	 */
	@Transactional
	public Long open(Long programmeYearId, NetworkModel model, int defaultCapacity) {
		CurrentUser user = CurrentUser.require();
		ProgrammeYearSummary year = this.programmes.yearUnchecked(programmeYearId)
			.orElseThrow(() -> new ProgrammeYearNotFoundException(programmeYearId));
		if (!user.is(Role.COORDINATOR) || !year.municipalityId().equals(user.municipalityId())) {
			throw new AccessDeniedException("Only the municipality's coordinator opens its network");
		}
		if (year.closed()) {
			throw new RuleViolationException("network.setup.programmeClosed");
		}
		if (this.networks.findByProgrammeYearId(programmeYearId).isPresent()) {
			throw new RuleViolationException("network.setup.exists");
		}
		Network saved = this.networks.saveAndFlush(new Network(programmeYearId, year.municipalityId(), model,
				defaultCapacity, user.username(), this.clock.instant()));
		this.auditLog.record(AuditAction.CREATE, ENTITY, saved.getId(),
				"programmeYear: «%s», model: «%s», capacity: «%d»".formatted(year.title(), model, defaultCapacity));
		return saved.getId();
	}

	@Transactional
	public void configure(Long networkId, long version, NetworkModel model, Long centreSchoolId, int defaultCapacity) {
		Network network = changeable(networkId);
		checkVersion(network, version);
		Map<String, Object> before = Map.of("model", network.getModel(), "centre",
				Objects.toString(network.getCentreSchoolId(), ""), "capacity", network.getDefaultCapacity());
		network.configure(model, centreSchoolId, defaultCapacity);
		this.networks.saveAndFlush(network);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, networkId, before, Map.of("model", model, "centre",
				Objects.toString(network.getCentreSchoolId(), ""), "capacity", defaultCapacity));
	}

	/**
	 * Adds schools to the network in one role (or changes their role or capacity).
	 */
	@Transactional
	public void putMembers(Long networkId, Collection<Long> schoolIds, MemberRole role, Integer capacity) {
		Network network = changeable(networkId);
		if (schoolIds.isEmpty()) {
			throw new RuleViolationException("network.setup.noSchools");
		}
		Map<Long, SchoolPlace> places = places(schoolIds);
		for (Long schoolId : schoolIds) {
			SchoolPlace place = places.get(schoolId);
			if (place == null) {
				throw new RuleViolationException("network.setup.unknownSchool");
			}
			if (!place.municipalityId().equals(network.getMunicipalityId())) {
				throw new RuleViolationException("network.setup.otherMunicipality");
			}
		}
		List<NetworkPair> active = this.pairs.active(networkId);
		String user = CurrentUser.require().username();
		Instant now = this.clock.instant();
		for (Long schoolId : schoolIds) {
			boolean roleChanges = network.member(schoolId).map((m) -> m.getRole() != role).orElse(false);
			if (roleChanges && active.stream().anyMatch((p) -> p.involves(schoolId))) {
				throw new RuleViolationException("network.setup.hasPairs");
			}
			if (role == MemberRole.MENTOR && capacity != null) {
				long used = active.stream().filter((p) -> p.getMentorSchoolId().equals(schoolId)).count();
				if (capacity < used) {
					throw new RuleViolationException("network.setup.capacityBelowPairs");
				}
			}
			Integer keep = (role == MemberRole.MENTOR && capacity == null && network.isMember(schoolId, role))
					? Integer.valueOf(network.capacityOf(schoolId)) : capacity;
			network.put(schoolId, role, keep, user, now);
		}
		this.networks.saveAndFlush(network);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, networkId, "members: «%s» as «%s»%s"
			.formatted(names(places, schoolIds), role, (capacity != null) ? ", capacity: «" + capacity + "»" : ""));
	}

	@Transactional
	public void removeMember(Long networkId, Long schoolId) {
		Network network = changeable(networkId);
		if (network.member(schoolId).isEmpty()) {
			throw new RuleViolationException("network.setup.notMember");
		}
		if (this.pairs.active(networkId).stream().anyMatch((p) -> p.involves(schoolId))) {
			throw new RuleViolationException("network.setup.hasPairs");
		}
		network.remove(schoolId);
		this.networks.saveAndFlush(network);
		this.auditLog.record(AuditAction.DELETE, ENTITY, networkId,
				"member: «%s»".formatted(names(places(List.of(schoolId)), List.of(schoolId))));
	}

	// ---------------------------------------------------------------- pairs

	/**
	 * Makes a pair by hand. Refused: schools that are not mentor and mentee of this
	 * network (so never across municipalities), a mentee already paired, a mentor at
	 * capacity, two schools that asked not to be paired.
	 */
	@Transactional
	public Long pair(Long networkId, Long mentorId, Long menteeId) {
		Network network = changeable(networkId);
		List<NetworkPair> active = this.pairs.active(networkId);
		checkPairable(network, active, mentorId, menteeId);
		NetworkPair saved = this.pairs.saveAndFlush(new NetworkPair(networkId, mentorId, menteeId, PairOrigin.MANUAL,
				null, CurrentUser.require().username(), this.clock.instant()));
		Map<Long, SchoolPlace> places = places(List.of(mentorId, menteeId));
		this.auditLog.record(AuditAction.CREATE, PAIR, saved.getId(), "network: «%d», mentor: «%s», mentee: «%s»"
			.formatted(networkId, name(places, mentorId), name(places, menteeId)));
		this.pairNotifications.paired(saved, places);
		return saved.getId();
	}

	void checkPairable(Network network, List<NetworkPair> active, Long mentorId, Long menteeId) {
		Map<Long, SchoolPlace> places = places(List.of(mentorId, menteeId));
		if (!places.containsKey(mentorId) || !places.containsKey(menteeId)) {
			throw new RuleViolationException("network.setup.unknownSchool");
		}
		if (!places.get(mentorId).municipalityId().equals(places.get(menteeId).municipalityId())
				|| !places.get(mentorId).municipalityId().equals(network.getMunicipalityId())) {
			throw new RuleViolationException("network.pair.otherMunicipality");
		}
		if (!network.isMember(mentorId, MemberRole.MENTOR)) {
			throw new RuleViolationException("network.pair.notMentor");
		}
		if (!network.isMember(menteeId, MemberRole.MENTEE)) {
			throw new RuleViolationException("network.pair.notMentee");
		}
		if (active.stream().anyMatch((p) -> p.getMenteeSchoolId().equals(menteeId))) {
			throw new RuleViolationException("network.pair.menteePaired");
		}
		long used = active.stream().filter((p) -> p.getMentorSchoolId().equals(mentorId)).count();
		if (used >= network.capacityOf(mentorId)) {
			throw new RuleViolationException("network.pair.overCapacity");
		}
		boolean conflict = this.rules.findByNetworkIdOrderByIdAsc(network.getId())
			.stream()
			.anyMatch((r) -> r.getKind() == RuleKind.CONFLICT && r.concerns(mentorId) && r.concerns(menteeId));
		if (conflict) {
			throw new RuleViolationException("network.pair.conflict");
		}
	}

	@Transactional
	public void endPair(Long pairId) {
		NetworkPair pair = pairOrThrow(pairId);
		Network network = network(pair.getNetworkId());
		CurrentUser user = CurrentUser.require();
		this.access.checkView(network, pair, user);
		if (!this.access.canManage(network, user)) {
			throw new AccessDeniedException("Only the coordinator ends a pair");
		}
		requireOpen(network);
		pair.end(user.username(), this.clock.instant());
		this.pairs.saveAndFlush(pair);
		this.auditLog.record(AuditAction.UPDATE, PAIR, pairId, "ended");
	}

	// ---------------------------------------------------------------- internals shared
	// in the module

	Network viewable(Long networkId) {
		Network network = network(networkId);
		this.access.checkView(network, CurrentUser.require());
		return network;
	}

	Network manageable(Long networkId) {
		Network network = network(networkId);
		this.access.checkManage(network, CurrentUser.require());
		return network;
	}

	/**
	 * A network the user manages, for a change: its programme year must be open.
	 */
	Network changeable(Long networkId) {
		Network network = manageable(networkId);
		requireOpen(network);
		return network;
	}

	/**
	 * Refuses changes to a network whose programme year is closed.
	 */
	void requireOpen(Network network) {
		this.programmes.requireOpen(network.getProgrammeYearId());
	}

	Network network(Long networkId) {
		return this.networks.findById(networkId).orElseThrow(() -> new NetworkNotFoundException(networkId));
	}

	NetworkPair pairOrThrow(Long pairId) {
		return this.pairs.findById(pairId).orElseThrow(() -> new PairNotFoundException(pairId));
	}

	ProgrammeYearSummary programme(Network network) {
		return this.programmes.yearUnchecked(network.getProgrammeYearId())
			.orElseThrow(() -> new ProgrammeYearNotFoundException(network.getProgrammeYearId()));
	}

	Map<Long, SchoolPlace> places(Collection<Long> ids) {
		return this.schools.places(new HashSet<>(ids))
			.stream()
			.collect(Collectors.toMap(SchoolPlace::id, Function.identity()));
	}

	Map<Long, SchoolGroup> groups(Long municipalityId) {
		return this.analysis.overview(new AnalysisFilter(null, municipalityId, null, null, null))
			.rows()
			.stream()
			.collect(Collectors.toMap((r) -> r.school().id(), NetworkService::latestGroup, (a, b) -> a));
	}

	/**
	 * The school's group in the overview's year or, without data that year, in the latest
	 * year before it that has one.
	 */
	static SchoolGroup latestGroup(OverviewRow row) {
		if (row.group() != SchoolGroup.NO_DATA) {
			return row.group();
		}
		for (int i = row.history().size() - 1; i >= 0; i--) {
			SchoolGroup group = row.history().get(i).group();
			if (group != null && group != SchoolGroup.NO_DATA) {
				return group;
			}
		}
		return SchoolGroup.NO_DATA;
	}

	List<PairView> pairViews(Network network, List<NetworkPair> list, Map<Long, SchoolPlace> places) {
		if (list.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<NetworkActivity>> byPair = this.activities
			.findByPairIdInOrderByPlannedOnAscIdAsc(list.stream().map(NetworkPair::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(NetworkActivity::getPairId));
		Map<Long, List<Long>> curatorIds = this.curators
			.activeCuratorsOf(list.stream().map(NetworkPair::getMenteeSchoolId).collect(Collectors.toSet()));
		Map<Long, PersonSummary> people = this.users
			.people(curatorIds.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		List<PairView> out = new ArrayList<>();
		for (NetworkPair p : list) {
			List<NetworkActivity> acts = byPair.getOrDefault(p.getId(), List.of());
			long held = acts.stream().filter((a) -> a.getStatus() == ActivityStatus.HELD).count();
			long planned = acts.stream().filter((a) -> a.getStatus() == ActivityStatus.PLANNED).count();
			LocalDate last = acts.stream()
				.filter((a) -> a.getStatus() == ActivityStatus.HELD)
				.map(NetworkActivity::getHeldOn)
				.max(Comparator.naturalOrder())
				.orElse(null);
			LocalDate since = (last != null) ? last : LocalDate.ofInstant(p.getCreatedAt(), this.clock.getZone());
			boolean inactive = p.isActive() && since.plusDays(network.getInactivityDays()).isBefore(today);
			List<Long> cur = curatorIds.getOrDefault(p.getMenteeSchoolId(), List.of());
			PairView.CuratorCheck check = cur.isEmpty() ? PairView.CuratorCheck.NO_CURATOR
					: cur.stream()
						.map(people::get)
						.filter(Objects::nonNull)
						.anyMatch((person) -> p.getMentorSchoolId().equals(person.schoolId()))
								? PairView.CuratorCheck.OK : PairView.CuratorCheck.NOT_FROM_MENTOR;
			out.add(new PairView(p.getId(), p.getNetworkId(), p.getMentorSchoolId(),
					shortName(places, p.getMentorSchoolId()), p.getMenteeSchoolId(),
					shortName(places, p.getMenteeSchoolId()), p.getOrigin().name(), p.getScore(), p.isActive(), held,
					planned, last, inactive, check));
		}
		out.sort(Comparator.comparing(PairView::active)
			.reversed()
			.thenComparing(PairView::mentorName)
			.thenComparing(PairView::menteeName));
		return out;
	}

	private List<NetworkSummary> summaries(List<Network> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, String> municipalities = new HashMap<>();
		this.schools.visibleMunicipalities().forEach((m) -> municipalities.put(m.id(), m.name()));
		List<NetworkSummary> out = new ArrayList<>();
		for (Network n : list) {
			ProgrammeYearSummary year = programme(n);
			String municipality = municipalities.computeIfAbsent(n.getMunicipalityId(),
					(id) -> this.schools.municipality(id).map(MunicipalityOption::name).orElse(""));
			long active = this.pairs.active(n.getId()).size();
			out.add(new NetworkSummary(n.getId(), n.getProgrammeYearId(), year.title(), year.year(), n.getModel(),
					n.getMunicipalityId(), municipality, n.schoolIds(MemberRole.MENTOR).size(),
					n.schoolIds(MemberRole.MENTEE).size(), active, year.closed()));
		}
		return out;
	}

	static void checkVersion(Network network, long version) {
		if (network.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Network.class, network.getId());
		}
	}

	static String name(Map<Long, SchoolPlace> places, Long id) {
		SchoolPlace p = places.get(id);
		return (p != null) ? p.name() : String.valueOf(id);
	}

	static String shortName(Map<Long, SchoolPlace> places, Long id) {
		SchoolPlace p = places.get(id);
		return (p != null) ? p.shortName() : String.valueOf(id);
	}

	private static String names(Map<Long, SchoolPlace> places, Collection<Long> ids) {
		return ids.stream().map((id) -> shortName(places, id)).sorted().collect(Collectors.joining(", "));
	}

	static <K, V> Map<K, V> ordered(Map<K, V> map) {
		return new LinkedHashMap<>(map);
	}

}
