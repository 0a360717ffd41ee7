package ru.opora.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.analysis.AnalysisService;
import ru.opora.schools.SchoolPlace;
import ru.opora.users.CurrentUser;

/**
 * Read models of a network's monitoring: the dashboard, its charts and the export. For
 * those who see the whole network (its coordinator, the region's observer, the
 * administrator).
 */
@Service
@RequiredArgsConstructor
public class NetworkDashboardService {

	/** Months shown in the activity table, up to the current one. */
	static final int MONTHS = 12;

	private final NetworkService networks;

	private final NetworkAccess access;

	private final NetworkPairRepository pairs;

	private final NetworkActivityRepository activities;

	private final AnalysisService analysis;

	private final IntensiveService intensives;

	private final Clock clock;

	@Transactional(readOnly = true)
	public NetworkDashboard dashboard(Long networkId) {
		Network network = overseeable(networkId);
		List<NetworkPair> all = this.pairs.findByNetworkIdOrderByIdAsc(networkId);
		Set<Long> ids = new HashSet<>(network.getMembers().stream().map(NetworkMember::getSchoolId).toList());
		all.forEach((p) -> {
			ids.add(p.getMentorSchoolId());
			ids.add(p.getMenteeSchoolId());
		});
		Map<Long, SchoolPlace> places = this.networks.places(ids);
		List<PairView> views = this.networks.pairViews(network, all, places);
		YearMonth current = YearMonth.from(LocalDate.now(this.clock));
		List<YearMonth> months = new ArrayList<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.add(current.minusMonths(i));
		}
		List<NetworkActivity> acts = all.isEmpty() ? List.of()
				: this.activities.findByPairIdInOrderByPlannedOnAscIdAsc(all.stream().map(NetworkPair::getId).toList());
		Map<Long, Map<YearMonth, Long>> perPair = acts.stream()
			.filter((a) -> a.getStatus() == ActivityStatus.HELD)
			.collect(Collectors.groupingBy(NetworkActivity::getPairId,
					Collectors.groupingBy((a) -> YearMonth.from(a.getHeldOn()), Collectors.counting())));
		List<NetworkDashboard.PairRow> rows = views.stream()
			.map((v) -> new NetworkDashboard.PairRow(v,
					months.stream().map((m) -> perPair.getOrDefault(v.id(), Map.of()).getOrDefault(m, 0L)).toList()))
			.toList();
		Participants participants = acts.stream()
			.filter((a) -> a.getStatus() == ActivityStatus.HELD)
			.map(NetworkActivity::getParticipants)
			.reduce(Participants.none(), Participants::plus);
		long held = acts.stream().filter((a) -> a.getStatus() == ActivityStatus.HELD).count();
		long planned = acts.stream().filter((a) -> a.getStatus() == ActivityStatus.PLANNED).count();
		long inactive = views.stream().filter(PairView::inactive).count();

		Map<Long, Map<Integer, BigDecimal>> shares = this.analysis.yearlyShareBelow(ids);
		TreeSet<Integer> years = new TreeSet<>();
		shares.values().forEach((m) -> years.addAll(m.keySet()));
		Map<Long, Long> partnerOf = new LinkedHashMap<>();
		all.stream()
			.filter(NetworkPair::isActive)
			.forEach((p) -> partnerOf.put(p.getMenteeSchoolId(), p.getMentorSchoolId()));
		List<NetworkDashboard.ResultRow> results = network.getMembers()
			.stream()
			.map((m) -> new NetworkDashboard.ResultRow(m.getSchoolId(),
					NetworkService.shortName(places, m.getSchoolId()), m.getRole(), partnerOf.get(m.getSchoolId()),
					shares.getOrDefault(m.getSchoolId(), Map.of())))
			.sorted(Comparator.comparing(NetworkDashboard.ResultRow::role)
				.thenComparing(NetworkDashboard.ResultRow::name))
			.toList();
		return new NetworkDashboard(this.networks.summary(networkId), network.getInactivityDays(), months, rows,
				participants, held, planned, inactive, List.copyOf(years), results, this.intensives.summary(networkId));
	}

	/**
	 * The overview chart: «Доля «2»» per year of every mentee school, and the mean of the
	 * mentees beside the mean of the mentors.
	 */
	@Transactional(readOnly = true)
	public ChartSeries overviewChart(Long networkId) {
		NetworkDashboard d = dashboard(networkId);
		List<ChartSeries.Line> lines = new ArrayList<>();
		lines.add(new ChartSeries.Line("mentees", null, mean(d, MemberRole.MENTEE), true));
		lines.add(new ChartSeries.Line("mentors", null, mean(d, MemberRole.MENTOR), true));
		d.results()
			.stream()
			.filter((r) -> r.role() == MemberRole.MENTEE)
			.forEach((r) -> lines.add(new ChartSeries.Line("school", r.name(), values(d.years(), r), false)));
		return new ChartSeries(d.years(), lines);
	}

	/**
	 * A pair's chart: the mentee's and the mentor's «Доля «2»» per year.
	 */
	@Transactional(readOnly = true)
	public ChartSeries pairChart(Long pairId) {
		NetworkPair pair = this.networks.pairOrThrow(pairId);
		this.access.checkView(this.networks.network(pair.getNetworkId()), pair, CurrentUser.require());
		List<Long> ids = List.of(pair.getMenteeSchoolId(), pair.getMentorSchoolId());
		Map<Long, Map<Integer, BigDecimal>> shares = this.analysis.yearlyShareBelow(ids);
		Map<Long, SchoolPlace> places = this.networks.places(ids);
		TreeSet<Integer> years = new TreeSet<>();
		shares.values().forEach((m) -> years.addAll(m.keySet()));
		List<Integer> yearList = List.copyOf(years);
		List<ChartSeries.Line> lines = new ArrayList<>();
		for (Long id : ids) {
			Map<Integer, BigDecimal> s = shares.getOrDefault(id, Map.of());
			lines.add(new ChartSeries.Line(id.equals(pair.getMenteeSchoolId()) ? "mentee" : "mentor",
					NetworkService.shortName(places, id), yearList.stream().map(s::get).toList(), true));
		}
		return new ChartSeries(yearList, lines);
	}

	Network overseeable(Long networkId) {
		Network network = this.networks.viewable(networkId);
		if (!this.access.seesEverything(network, CurrentUser.require())) {
			throw new NetworkNotFoundException(networkId);
		}
		return network;
	}

	private static List<BigDecimal> values(List<Integer> years, NetworkDashboard.ResultRow row) {
		return years.stream().map(row::share).toList();
	}

	private static List<BigDecimal> mean(NetworkDashboard d, MemberRole role) {
		List<BigDecimal> out = new ArrayList<>();
		for (Integer year : d.years()) {
			List<BigDecimal> values = d.results()
				.stream()
				.filter((r) -> r.role() == role && r.share(year) != null)
				.map((r) -> r.share(year))
				.toList();
			out.add(values.isEmpty() ? null
					: values.stream()
						.reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP));
		}
		return out;
	}

}
