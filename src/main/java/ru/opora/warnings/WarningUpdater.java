package ru.opora.warnings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.mentoring.CuratorAssignmentService;
import ru.opora.notifications.NotificationService;
import ru.opora.schools.SchoolPlace;
import ru.opora.schools.SchoolService;
import ru.opora.users.UserService;

/**
 * Recomputes every school: its reasons (opened, kept, cleared), its level, and the
 * notifications they call for. Each school in a transaction of its own; one that fails is
 * logged and never stops the others. Notifications carry dedupe keys, so a second run (or
 * a second node) sends nothing new.
 */
@Component
@RequiredArgsConstructor
class WarningUpdater {

	private static final Log log = LogFactory.getLog(WarningUpdater.class);

	static final String RISK_LINK = "/warnings?level=RISK";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final WarningFacts facts;

	private final WarningStore store;

	private final SchoolService schools;

	private final UserService users;

	private final CuratorAssignmentService assignments;

	private final NotificationService notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * Recomputes every participant school of the open programme years (and every school
	 * with a state of its own); returns how many failed.
	 */
	int recomputeAll() {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, StallFacts> all = this.facts.gather(today);
		Set<Long> ids = new LinkedHashSet<>(all.keySet());
		ids.addAll(this.store.schoolsWithState());
		Map<Long, SchoolPlace> places = new HashMap<>();
		this.schools.places(ids).forEach((p) -> places.put(p.id(), p));
		Map<Long, Thresholds> byRegion = this.store.thresholdsByRegion();
		Map<Long, List<Long>> curators = this.assignments.activeCuratorsOf(ids);
		int failed = 0;
		for (Long schoolId : ids) {
			SchoolPlace place = places.get(schoolId);
			if (place == null) {
				continue;
			}
			Thresholds thresholds = byRegion.getOrDefault(place.regionId(), Thresholds.defaults());
			StallFacts schoolFacts = all.getOrDefault(schoolId, new StallFacts(schoolId));
			List<Signal> signals = all.containsKey(schoolId) ? WarningRules.signals(schoolFacts, thresholds, today)
					: List.of();
			try {
				this.transactions.executeWithoutResult((status) -> update(place, signals, thresholds, today,
						curators.getOrDefault(schoolId, List.of())));
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Early warning of school " + schoolId + " not updated: " + ex);
			}
		}
		if (failed > 0) {
			log.warn(failed + " of " + ids.size() + " schools' early warnings could not be updated");
		}
		return failed;
	}

	private void update(SchoolPlace school, List<Signal> signals, Thresholds t, LocalDate today, List<Long> curators) {
		Long schoolId = school.id();
		Map<Reason, WarningStore.OpenReason> open = new EnumMap<>(Reason.class);
		this.store.openReasons(schoolId).forEach((r) -> open.put(r.reason(), r));
		Set<Reason> holding = new LinkedHashSet<>();
		for (Signal signal : signals) {
			holding.add(signal.reason());
			WarningStore.OpenReason existing = open.get(signal.reason());
			if (existing != null) {
				this.store.touch(existing.id(), signal, t.weight(signal.reason()), today);
			}
			else {
				LocalDate started = signal.since();
				// a reason that comes back starts again no earlier than the day it went
				// away
				Optional<LocalDate> cleared = this.store.lastCleared(schoolId, signal.reason());
				if (cleared.isPresent() && cleared.get().isAfter(started)) {
					started = cleared.get();
				}
				this.store.open(schoolId, signal, t.weight(signal.reason()), started, today);
			}
		}
		open.values()
			.stream()
			.filter((r) -> !holding.contains(r.reason()))
			.forEach((r) -> this.store.clear(r.id(), r.startedOn(), today));
		List<WarningStore.OpenReason> reasons = this.store.openReasons(schoolId);
		int score = reasons.stream().mapToInt((r) -> t.weight(r.reason())).sum();
		Level level = WarningRules.level(score, t);
		Optional<SchoolLevel> previous = this.store.level(schoolId);
		LocalDate levelSince = previous.filter((p) -> p.level() == level).map(SchoolLevel::levelSince).orElse(today);
		LocalDate riskSince = (level == Level.RISK) ? riskSince(reasons, t, previous, today) : null;
		this.store.saveLevel(new SchoolLevel(schoolId, level, score, levelSince, riskSince, today));
		notify(school, level, reasons, riskSince, t, today, curators);
	}

	private static LocalDate riskSince(List<WarningStore.OpenReason> reasons, Thresholds t,
			Optional<SchoolLevel> previous, LocalDate today) {
		if (previous.isPresent() && previous.get().level() == Level.RISK && previous.get().riskSince() != null) {
			return previous.get().riskSince();
		}
		Map<Reason, LocalDate> started = new EnumMap<>(Reason.class);
		reasons.forEach((r) -> started.put(r.reason(), r.startedOn()));
		LocalDate since = WarningRules.riskSince(started, t);
		if (since == null || since.isAfter(today)) {
			since = today;
		}
		// the school was below «риск» when last computed: the risk began after that
		if (previous.isPresent()) {
			LocalDate computed = previous.get().computedOn();
			LocalDate earliest = computed.isBefore(today) ? computed.plusDays(1) : today;
			if (since.isBefore(earliest)) {
				since = earliest;
			}
		}
		return since;
	}

	private void notify(SchoolPlace school, Level level, List<WarningStore.OpenReason> reasons, LocalDate riskSince,
			Thresholds t, LocalDate today, List<Long> curators) {
		if (level == Level.NORMAL) {
			return;
		}
		List<Long> recipients = new ArrayList<>(this.users.schoolAccounts(school.id()));
		recipients.addAll(curators);
		for (WarningStore.OpenReason reason : reasons) {
			this.notifications.notify(recipients, "notifications.warnings." + reason.reason().name(),
					List.of(school.shortName(), reason.startedOn().format(DATE)), reason.link(),
					"warning-" + school.id() + "-" + reason.reason().name() + "-" + reason.startedOn() + "-"
							+ reason.id());
		}
		if (level == Level.RISK && !today.isBefore(riskSince.plusDays(t.riskEscalationDays()))) {
			this.notifications.notify(this.users.coordinatorAccounts(school.municipalityId()),
					"notifications.warnings.risk",
					List.of(school.shortName(), riskSince.format(DATE), String.valueOf(t.riskEscalationDays())),
					RISK_LINK + "&school=" + school.id(), "warning-risk-" + school.id() + "-" + riskSince);
		}
	}

}
