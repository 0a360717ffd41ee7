package ru.opora.warnings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import ru.opora.documents.DocumentSignals;
import ru.opora.network.PairActivitySignals;
import ru.opora.programmes.OpenParticipants;
import ru.opora.riskprofile.ProfileVerificationSignals;
import ru.opora.roadmap.RoadMapSignals;

/**
 * Gathers the facts of every participant school of the open programme years from the
 * other modules' read models: a fixed number of queries whatever the number of schools.
 */
@Component
@RequiredArgsConstructor
class WarningFacts {

	private final OpenParticipants participants;

	private final DocumentSignals documents;

	private final RoadMapSignals roadMaps;

	private final ProfileVerificationSignals profiles;

	private final PairActivitySignals pairs;

	private final Clock clock;

	Map<Long, StallFacts> gather(LocalDate today) {
		Map<Long, StallFacts> facts = new HashMap<>();
		Map<Long, Instant> joined = this.participants.joinedBySchool();
		joined.keySet().forEach((id) -> facts.put(id, new StallFacts(id)));
		for (DocumentSignals.Returned r : this.documents.returns()) {
			with(facts, r.schoolId(), (f) -> f.returns.computeIfAbsent(r.documentId(), (k) -> new ArrayList<>())
				.add(day(r.returnedAt())));
		}
		for (DocumentSignals.Overdue o : this.documents.overdue(today)) {
			with(facts, o.schoolId(), (f) -> f.owed.add(new StallFacts.OwedDocuments(o.documentsDue(), o.owed(),
					"/schools/" + o.schoolId() + "/documents?year=" + o.programmeYearId())));
		}
		for (DocumentSignals.AwaitingReview a : this.documents.awaitingReview()) {
			with(facts, a.schoolId(), (f) -> f.awaitingReview
				.add(new StallFacts.Dated(day(a.submittedAt()), "/documents/" + a.documentId())));
		}
		Map<Long, Instant> uploads = this.documents.lastUploads();
		Map<Long, Instant> changes = this.roadMaps.lastChanges();
		for (StallFacts f : facts.values()) {
			Instant last = latest(uploads.get(f.schoolId), changes.get(f.schoolId));
			f.lastActivity = day((last != null) ? last : joined.get(f.schoolId));
		}
		for (RoadMapSignals.OverdueMeasure m : this.roadMaps.overdueMeasures(today)) {
			with(facts, m.schoolId(), (f) -> f.overdueMeasures
				.add(new StallFacts.Dated(m.dueDate(), "/roadmaps/" + m.roadMapId() + "#item-" + m.itemId())));
		}
		for (ProfileVerificationSignals.Unverified u : this.profiles.unverified()) {
			with(facts, u.schoolId(), (f) -> f.unverifiedProfiles.add(new StallFacts.Dated(day(u.createdAt()),
					"/programmes/" + u.programmeYearId() + "/schools/" + u.schoolId() + "/profile")));
		}
		for (PairActivitySignals.PairActivity p : this.pairs.activePairs()) {
			LocalDate last = (p.lastHeldOn() != null) ? p.lastHeldOn() : day(p.createdAt());
			StallFacts.Dated pair = new StallFacts.Dated(last, "/networks/pairs/" + p.pairId());
			with(facts, p.menteeSchoolId(), (f) -> f.pairs.add(pair));
			with(facts, p.mentorSchoolId(), (f) -> f.pairs.add(pair));
		}
		return facts;
	}

	private static void with(Map<Long, StallFacts> facts, Long schoolId, java.util.function.Consumer<StallFacts> add) {
		StallFacts f = facts.get(schoolId);
		if (f != null) {
			add.accept(f);
		}
	}

	private static Instant latest(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private LocalDate day(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, this.clock.getZone()) : null;
	}

}
