package ru.opora.network;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.schools.SchoolPlace;
import ru.opora.users.CurrentUser;

/**
 * The network's calendar: the «Дни образовательных интенсивов» with their sessions and
 * the joint activities of the pairs the user may see, as a month view and as an iCalendar
 * file for the schools' own calendars.
 */
@Service
@RequiredArgsConstructor
public class NetworkCalendarService {

	private final NetworkService networks;

	private final NetworkAccess access;

	private final NetworkPairRepository pairs;

	private final NetworkActivityRepository activities;

	private final ActivityKindRepository kinds;

	private final IntensiveService intensives;

	private final MessageSource messages;

	private final Clock clock;

	@Value("${opora.time-zone:Europe/Moscow}")
	private String zone = "Europe/Moscow";

	/** One thing on a date: a day of intensives or a pair's joint activity. */
	public record Entry(LocalDate date, String kind, Long id, String title, String status, String detail, Long pairId,
			List<String> sessions) {

		public boolean intensive() {
			return "DAY".equals(this.kind);
		}

	}

	public record Cell(LocalDate date, boolean inMonth, boolean today, List<Entry> entries) {

	}

	public record Month(YearMonth month, YearMonth previous, YearMonth next, List<List<Cell>> weeks, int days,
			int activities) {

	}

	/**
	 * The month view (weeks from Monday) of the network's calendar.
	 */
	@Transactional(readOnly = true)
	public Month month(Long networkId, YearMonth month) {
		Network network = this.networks.viewable(networkId);
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<Entry> entries = entries(network, first, last);
		Map<LocalDate, List<Entry>> byDate = entries.stream().collect(Collectors.groupingBy(Entry::date));
		LocalDate today = LocalDate.now(this.clock);
		List<List<Cell>> weeks = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
			List<Cell> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate date = d.plusDays(i);
				week.add(new Cell(date, YearMonth.from(date).equals(month), date.equals(today),
						byDate.getOrDefault(date, List.of())));
			}
			weeks.add(week);
		}
		List<Entry> inMonth = entries.stream().filter((e) -> YearMonth.from(e.date()).equals(month)).toList();
		return new Month(month, month.minusMonths(1), month.plusMonths(1), weeks,
				(int) inMonth.stream().filter(Entry::intensive).count(),
				(int) inMonth.stream().filter((e) -> !e.intensive()).count());
	}

	/**
	 * The whole calendar of the network as iCalendar text (RFC 5545).
	 */
	@Transactional(readOnly = true)
	public String ics(Long networkId) {
		Network network = this.networks.viewable(networkId);
		ZoneId zoneId = ZoneId.of(this.zone);
		String title = this.networks.programme(network).title();
		ICalendar calendar = new ICalendar(title, this.clock.instant());
		for (IntensiveService.DayRecord day : this.intensives.dayRecords(networkId, LocalDate.of(2000, 1, 1),
				LocalDate.of(2100, 12, 31))) {
			String description = this.intensives.sessionViews(day.id())
				.stream()
				.map(this::sessionLine)
				.collect(Collectors.joining("\n"));
			calendar.event("intensive-day-" + day.id() + "@opora",
					day.heldOn().atTime(day.startsAt()).atZone(zoneId).toInstant(),
					day.heldOn().atTime(day.endsAt()).atZone(zoneId).toInstant(), day.title(), day.place(), description,
					(day.status() == IntensiveDayStatus.CANCELLED) ? "CANCELLED" : "CONFIRMED");
		}
		List<NetworkPair> visible = visiblePairs(network);
		if (!visible.isEmpty()) {
			Map<Long, NetworkPair> byId = visible.stream().collect(Collectors.toMap(NetworkPair::getId, (p) -> p));
			Map<Long, SchoolPlace> places = places(visible);
			Map<Long, String> kindNames = kindNames();
			for (NetworkActivity a : this.activities.findByPairIdInOrderByPlannedOnAscIdAsc(byId.keySet())) {
				if (a.getStatus() == ActivityStatus.CANCELLED) {
					continue;
				}
				NetworkPair p = byId.get(a.getPairId());
				calendar.allDay("network-activity-" + a.getId() + "@opora",
						(a.getHeldOn() != null) ? a.getHeldOn() : a.getPlannedOn(),
						kindNames.getOrDefault(a.getKindId(), "") + ": " + a.getTopic(), a.getPlace(),
						pairLabel(places, p), (a.getStatus() == ActivityStatus.HELD) ? "CONFIRMED" : "TENTATIVE");
			}
		}
		return calendar.end();
	}

	private List<Entry> entries(Network network, LocalDate from, LocalDate to) {
		List<Entry> out = new ArrayList<>();
		for (IntensiveService.DayRecord day : this.intensives.dayRecords(network.getId(), from, to)) {
			out.add(new Entry(day.heldOn(), "DAY", day.id(), day.title(), day.status().name(), day.place(), null,
					this.intensives.sessionViews(day.id()).stream().map(this::sessionLine).toList()));
		}
		List<NetworkPair> visible = visiblePairs(network);
		if (!visible.isEmpty()) {
			Map<Long, NetworkPair> byId = visible.stream().collect(Collectors.toMap(NetworkPair::getId, (p) -> p));
			Map<Long, SchoolPlace> places = places(visible);
			Map<Long, String> kindNames = kindNames();
			for (NetworkActivity a : this.activities.inPeriod(byId.keySet(), from, to)) {
				NetworkPair p = byId.get(a.getPairId());
				out.add(new Entry((a.getHeldOn() != null) ? a.getHeldOn() : a.getPlannedOn(), "ACTIVITY", a.getId(),
						kindNames.getOrDefault(a.getKindId(), "") + ": " + a.getTopic(), a.getStatus().name(),
						pairLabel(places, p), p.getId(), List.of()));
			}
		}
		return out;
	}

	private List<NetworkPair> visiblePairs(Network network) {
		CurrentUser user = CurrentUser.require();
		return this.pairs.findByNetworkIdOrderByIdAsc(network.getId())
			.stream()
			.filter((p) -> this.access.canView(network, p, user))
			.toList();
	}

	private Map<Long, SchoolPlace> places(Collection<NetworkPair> list) {
		Set<Long> ids = new HashSet<>();
		list.forEach((p) -> {
			ids.add(p.getMentorSchoolId());
			ids.add(p.getMenteeSchoolId());
		});
		return this.networks.places(ids);
	}

	private Map<Long, String> kindNames() {
		Map<Long, String> out = new HashMap<>();
		this.kinds.findAll().forEach((k) -> out.put(k.getId(), k.getName()));
		return out;
	}

	private static String pairLabel(Map<Long, SchoolPlace> places, NetworkPair p) {
		return NetworkService.shortName(places, p.getMentorSchoolId()) + " → "
				+ NetworkService.shortName(places, p.getMenteeSchoolId());
	}

	private String sessionLine(IntensiveService.SessionView s) {
		String group = this.messages.getMessage("network.intensives.group." + s.group().name(), null, s.group().name(),
				LocaleContextHolder.getLocale());
		String room = (s.room() != null) ? " (" + s.room() + ")" : "";
		return group + ": " + s.topic() + room;
	}

}
