package ru.opora.warnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The early-warning rules, pure: which reasons hold for a school on a day, and the level
 * their weights add up to. A reason with threshold N holds from the day N days after its
 * starting point (the last activity, a due date, a sending, …): at N−1 days not yet, at N
 * days it does. «Returned twice» holds from the day of the N-th return.
 */
final class WarningRules {

	private WarningRules() {
	}

	static List<Signal> signals(StallFacts facts, Thresholds t, LocalDate today) {
		List<Signal> signals = new ArrayList<>();
		returned(facts, t.limit(Reason.RETURNED_TWICE), today, signals);
		owed(facts, t.limit(Reason.DOCUMENT_OVERDUE), today, signals);
		if (facts.lastActivity != null) {
			LocalDate since = facts.lastActivity.plusDays(t.limit(Reason.NO_ACTIVITY));
			if (!today.isBefore(since)) {
				signals.add(new Signal(Reason.NO_ACTIVITY, since, 1, "/schools/" + facts.schoolId + "/roadmap"));
			}
		}
		dated(Reason.MEASURES_OVERDUE, facts.overdueMeasures, t, today, signals);
		dated(Reason.VERIFICATION_LATE, facts.unverifiedProfiles, t, today, signals);
		dated(Reason.REVIEW_LATE, facts.awaitingReview, t, today, signals);
		dated(Reason.PAIR_INACTIVE, facts.pairs, t, today, signals);
		return signals;
	}

	static int score(List<Signal> signals, Thresholds t) {
		return signals.stream().mapToInt((s) -> t.weight(s.reason())).sum();
	}

	static Level level(int score, Thresholds t) {
		if (score >= t.riskScore()) {
			return Level.RISK;
		}
		return (score >= t.attentionScore()) ? Level.ATTENTION : Level.NORMAL;
	}

	/**
	 * The first day on which the reasons, each counted from its start, added up to the
	 * risk score (null if they never do): from then on the school has been at «риск».
	 */
	static LocalDate riskSince(Map<Reason, LocalDate> startedOn, Thresholds t) {
		int sum = 0;
		List<Map.Entry<Reason, LocalDate>> byStart = startedOn.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.toList();
		for (Map.Entry<Reason, LocalDate> entry : byStart) {
			sum += t.weight(entry.getKey());
			if (sum >= t.riskScore()) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static void returned(StallFacts facts, int times, LocalDate today, List<Signal> signals) {
		LocalDate since = null;
		String link = null;
		int count = 0;
		for (Map.Entry<Long, List<LocalDate>> document : facts.returns.entrySet()) {
			List<LocalDate> days = document.getValue();
			if (days.size() >= times && !today.isBefore(days.get(times - 1))) {
				count++;
				LocalDate day = days.get(times - 1);
				if (since == null || day.isBefore(since)) {
					since = day;
					link = "/documents/" + document.getKey();
				}
			}
		}
		if (count > 0) {
			signals.add(new Signal(Reason.RETURNED_TWICE, since, count, link));
		}
	}

	private static void owed(StallFacts facts, int days, LocalDate today, List<Signal> signals) {
		List<StallFacts.OwedDocuments> late = facts.owed.stream()
			.filter((o) -> !today.isBefore(o.documentsDue().plusDays(days)))
			.sorted(Comparator.comparing(StallFacts.OwedDocuments::documentsDue))
			.toList();
		if (!late.isEmpty()) {
			signals.add(new Signal(Reason.DOCUMENT_OVERDUE, late.get(0).documentsDue().plusDays(days),
					late.stream().mapToInt(StallFacts.OwedDocuments::count).sum(), late.get(0).link()));
		}
	}

	private static void dated(Reason reason, List<StallFacts.Dated> items, Thresholds t, LocalDate today,
			List<Signal> signals) {
		int days = t.limit(reason);
		List<StallFacts.Dated> late = items.stream()
			.filter((d) -> !today.isBefore(d.date().plusDays(days)))
			.sorted(Comparator.comparing(StallFacts.Dated::date))
			.toList();
		if (!late.isEmpty()) {
			signals.add(new Signal(reason, late.get(0).date().plusDays(days), late.size(), late.get(0).link()));
		}
	}

}
