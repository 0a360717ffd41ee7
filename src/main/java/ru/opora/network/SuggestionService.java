package ru.opora.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.analysis.AnalysisService;
import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.riskprofile.RiskFactorService;
import ru.opora.riskprofile.RiskFactorView;
import ru.opora.riskprofile.RiskProfileService;
import ru.opora.riskprofile.Significance;
import ru.opora.schools.SchoolPlace;
import ru.opora.users.CurrentUser;

/**
 * Suggested pairs: builds the pairing problem of a network from the portal's data (the
 * mentees' chosen and high-significance risk factors, the mentors' low ones, the latest
 * results by subject, distances, type and size, free places) and the coordinator's rules
 * (locks, exclusions, conflicts), solves it with {@link PairingSolver} and accepts the
 * proposal as pairs in one audited action. Only mentee schools without an active pair are
 * proposed for; existing pairs stay as they are.
 */
@Service
@RequiredArgsConstructor
public class SuggestionService {

	private final NetworkService networks;

	private final NetworkRuleRepository rules;

	private final NetworkPairRepository pairs;

	private final RiskProfileService profiles;

	private final RiskFactorService factors;

	private final AnalysisService analysis;

	private final AuditLog auditLog;

	private final PairNotifications pairNotifications;

	private final Clock clock;

	@Transactional(readOnly = true)
	public Suggestion suggest(Long networkId) {
		Network network = this.networks.manageable(networkId);
		return build(network);
	}

	/**
	 * Accepts every proposed pair of the current suggestion (computed anew, so that it is
	 * exactly what the rules and data give now). Refused when nothing is proposed.
	 */
	@Transactional
	public int accept(Long networkId) {
		Network network = this.networks.changeable(networkId);
		Suggestion suggestion = build(network);
		if (suggestion.rows().isEmpty()) {
			throw new RuleViolationException("network.suggestion.nothing");
		}
		String user = CurrentUser.require().username();
		List<String> lines = new ArrayList<>();
		List<NetworkPair> saved = new ArrayList<>();
		for (Suggestion.Row row : suggestion.rows()) {
			saved.add(this.pairs.save(new NetworkPair(networkId, row.mentorId(), row.menteeId(), PairOrigin.SUGGESTED,
					row.score().total(), user, this.clock.instant())));
			lines.add("%s → %s (%d%s)".formatted(row.mentorName(), row.menteeName(), row.score().total(),
					row.locked() ? ", locked" : ""));
		}
		this.pairs.flush();
		Map<Long, SchoolPlace> places = this.networks.places(saved.stream()
			.flatMap((p) -> java.util.stream.Stream.of(p.getMentorSchoolId(), p.getMenteeSchoolId()))
			.toList());
		saved.forEach((p) -> this.pairNotifications.paired(p, places));
		this.auditLog.record(AuditAction.CREATE, NetworkService.PAIR, "network-" + networkId,
				"accepted suggestion: «%s»".formatted(String.join("; ", lines)));
		return lines.size();
	}

	@Transactional
	public void addRule(Long networkId, RuleKind kind, Long schoolId, Long otherSchoolId, String note) {
		Network network = this.networks.changeable(networkId);
		if (network.member(schoolId).isEmpty() || (kind != RuleKind.EXCLUDE_SCHOOL
				&& (otherSchoolId == null || network.member(otherSchoolId).isEmpty()))) {
			throw new RuleViolationException("network.suggestion.ruleSchools");
		}
		if (kind == RuleKind.LOCK || kind == RuleKind.EXCLUDE_PAIR) {
			if (!network.isMember(schoolId, MemberRole.MENTEE) || !network.isMember(otherSchoolId, MemberRole.MENTOR)) {
				throw new RuleViolationException("network.suggestion.rulePairRoles");
			}
		}
		if (kind == RuleKind.CONFLICT && schoolId.equals(otherSchoolId)) {
			throw new RuleViolationException("network.suggestion.ruleSchools");
		}
		Long other = (kind == RuleKind.EXCLUDE_SCHOOL) ? null : otherSchoolId;
		if (this.rules.existsByNetworkIdAndKindAndSchoolIdAndOtherSchoolId(networkId, kind, schoolId, other)) {
			throw new RuleViolationException("network.suggestion.ruleExists");
		}
		if (kind == RuleKind.LOCK) {
			// a mentee is locked to one mentor at a time: a new lock replaces the old one
			this.rules.findByNetworkIdOrderByIdAsc(networkId)
				.stream()
				.filter((r) -> r.getKind() == RuleKind.LOCK && r.getSchoolId().equals(schoolId))
				.forEach(this.rules::delete);
		}
		String clean = ActivityService.blankToNull(note);
		if (clean != null && clean.length() > 500) {
			throw new RuleViolationException("network.suggestion.noteTooLong");
		}
		NetworkRule saved = this.rules.saveAndFlush(new NetworkRule(networkId, kind, schoolId, other, clean,
				CurrentUser.require().username(), this.clock.instant()));
		Map<Long, SchoolPlace> places = this.networks
			.places((other != null) ? List.of(schoolId, other) : List.of(schoolId));
		this.auditLog.record(AuditAction.CREATE, "NetworkRule", saved.getId(),
				"network: «%d», kind: «%s», school: «%s»%s".formatted(networkId, kind,
						NetworkService.shortName(places, schoolId),
						(other != null) ? ", other: «" + NetworkService.shortName(places, other) + "»" : ""));
	}

	@Transactional
	public void removeRule(Long networkId, Long ruleId) {
		this.networks.changeable(networkId);
		NetworkRule rule = this.rules.findById(ruleId)
			.filter((r) -> r.getNetworkId().equals(networkId))
			.orElseThrow(() -> new NetworkNotFoundException(networkId));
		this.rules.delete(rule);
		this.auditLog.record(AuditAction.DELETE, "NetworkRule", ruleId,
				"network: «%d», kind: «%s»".formatted(networkId, rule.getKind()));
	}

	// ---------------------------------------------------------------- internals

	Suggestion build(Network network) {
		ProgrammeYearSummary year = this.networks.programme(network);
		List<NetworkPair> active = this.pairs.active(network.getId());
		Set<Long> paired = active.stream().map(NetworkPair::getMenteeSchoolId).collect(Collectors.toSet());
		List<Long> menteeIds = network.schoolIds(MemberRole.MENTEE)
			.stream()
			.filter((id) -> !paired.contains(id))
			.toList();
		List<Long> mentorIds = network.schoolIds(MemberRole.MENTOR);
		Set<Long> all = new HashSet<>(network.schoolIds(MemberRole.MENTEE));
		all.addAll(mentorIds);
		Map<Long, SchoolPlace> places = this.networks.places(all);
		Map<Long, Map<Long, Significance>> significance = this.profiles.significancesUnchecked(year.id(), all);
		Map<Long, List<RiskFactorView>> chosen = this.factors.chosenUnchecked(year.id(), menteeIds);
		Map<Long, Map<String, Double>> shares = this.analysis.latestSubjectShares(all);
		Map<Long, String> factorNames = new HashMap<>();
		this.factors.catalogueFor(year.year()).forEach((f) -> factorNames.put(f.id(), f.label()));

		List<PairingSchool> mentees = menteeIds.stream().map((id) -> {
			Set<Long> weak = new HashSet<>();
			chosen.getOrDefault(id, List.of()).forEach((f) -> weak.add(f.id()));
			significance.getOrDefault(id, Map.of()).forEach((f, s) -> {
				if (s == Significance.HIGH) {
					weak.add(f);
				}
			});
			return school(places.get(id), weak, Set.of(), shares.get(id));
		}).filter((s) -> s != null).toList();
		List<PairingSchool> mentors = mentorIds.stream().map((id) -> {
			Set<Long> strong = significance.getOrDefault(id, Map.of())
				.entrySet()
				.stream()
				.filter((e) -> e.getValue() == Significance.LOW)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			return school(places.get(id), Set.of(), strong, shares.get(id));
		}).filter((s) -> s != null).toList();
		Map<Long, Long> used = active.stream()
			.collect(Collectors.groupingBy(NetworkPair::getMentorSchoolId, Collectors.counting()));
		int[] capacity = mentors.stream()
			.mapToInt((m) -> network.capacityOf(m.schoolId()) - used.getOrDefault(m.schoolId(), 0L).intValue())
			.toArray();

		List<NetworkRule> ruleList = this.rules.findByNetworkIdOrderByIdAsc(network.getId());
		Set<Pair> excluded = new HashSet<>();
		Set<Long> excludedSchools = new HashSet<>();
		Set<Pair> locked = new HashSet<>();
		for (NetworkRule r : ruleList) {
			switch (r.getKind()) {
				case LOCK -> locked.add(new Pair(r.getSchoolId(), r.getOtherSchoolId()));
				case EXCLUDE_PAIR -> excluded.add(new Pair(r.getSchoolId(), r.getOtherSchoolId()));
				case EXCLUDE_SCHOOL -> excludedSchools.add(r.getSchoolId());
				case CONFLICT -> {
					excluded.add(new Pair(r.getSchoolId(), r.getOtherSchoolId()));
					excluded.add(new Pair(r.getOtherSchoolId(), r.getSchoolId()));
				}
			}
		}
		// a pair that existed before (ended) is not proposed again
		this.pairs.findByNetworkIdOrderByIdAsc(network.getId())
			.stream()
			.filter((p) -> !p.isActive())
			.forEach((p) -> excluded.add(new Pair(p.getMenteeSchoolId(), p.getMentorSchoolId())));

		PairingSolution solution = PairingSolver.solve(new PairingProblem(mentees, mentors, capacity, excluded,
				excludedSchools, locked, PairingWeights.defaults()));
		List<Suggestion.Row> rows = solution.pairs()
			.stream()
			.map((p) -> new Suggestion.Row(p.menteeId(), NetworkService.shortName(places, p.menteeId()), p.mentorId(),
					NetworkService.shortName(places, p.mentorId()),
					p.score().withFactorNames((id) -> factorNames.getOrDefault(id, "#" + id)), p.locked()))
			.sorted(Comparator.comparing(Suggestion.Row::mentorName).thenComparing(Suggestion.Row::menteeName))
			.toList();
		List<Suggestion.Named> unassigned = solution.unassignedMenteeIds()
			.stream()
			.map((id) -> new Suggestion.Named(id, NetworkService.shortName(places, id), null, null))
			.toList();
		List<Suggestion.Named> ignored = solution.ignoredLocks()
			.stream()
			.map((p) -> new Suggestion.Named(p.menteeId(), NetworkService.shortName(places, p.menteeId()), p.mentorId(),
					NetworkService.shortName(places, p.mentorId())))
			.toList();
		List<Suggestion.RuleView> ruleViews = ruleList.stream()
			.map((r) -> new Suggestion.RuleView(r.getId(), r.getKind(), r.getSchoolId(),
					NetworkService.shortName(places, r.getSchoolId()), r.getOtherSchoolId(),
					(r.getOtherSchoolId() != null) ? NetworkService.shortName(places, r.getOtherSchoolId()) : null,
					r.getNote()))
			.toList();
		List<Suggestion.Named> menteeOptions = network.schoolIds(MemberRole.MENTEE)
			.stream()
			.map((id) -> new Suggestion.Named(id, NetworkService.shortName(places, id), null, null))
			.sorted(Comparator.comparing(Suggestion.Named::name))
			.toList();
		List<Suggestion.Named> mentorOptions = mentorIds.stream()
			.map((id) -> new Suggestion.Named(id, NetworkService.shortName(places, id), null, null))
			.sorted(Comparator.comparing(Suggestion.Named::name))
			.toList();
		NetworkSummary summary = this.networks.summary(network.getId());
		return new Suggestion(summary, rows, unassigned, ignored, ruleViews,
				this.networks.pairViews(network, active, places), solution.totalScore(), menteeOptions, mentorOptions,
				!summary.closed());
	}

	private static PairingSchool school(SchoolPlace place, Set<Long> weak, Set<Long> strong,
			Map<String, Double> shares) {
		if (place == null) {
			return null;
		}
		return new PairingSchool(place.id(), place.shortName(), place.type(), place.students(), place.distanceKm(),
				place.lat(), place.lon(), weak, strong, shares);
	}

}
