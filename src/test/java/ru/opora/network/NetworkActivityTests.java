package ru.opora.network;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.opora.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules a joint activity, a network and participant numbers keep by themselves.
 */
class NetworkActivityTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

	static final Instant NOW = Instant.parse("2026-11-10T07:00:00Z");

	NetworkActivity planned() {
		return new NetworkActivity(1L, 2L, "Семинар", TODAY.plusDays(5), null, null, null, false, "test", NOW);
	}

	@Test
	void aPlannedActivityIsRecordedAsHeldWithItsParticipants() {
		NetworkActivity a = planned();
		a.record(TODAY, TODAY, new Participants(1, 6, 0, 0), "Отчёт", "mentor", NOW);
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.HELD);
		assertThat(a.getHeldOn()).isEqualTo(TODAY);
		assertThat(a.getParticipants().total()).isEqualTo(7);
		assertThat(a.getRecordedBy()).isEqualTo("mentor");
	}

	@Test
	void aHeldDateInTheFutureOrNobodyPresentIsRefused() {
		NetworkActivity a = planned();
		assertThatThrownBy(() -> a.record(TODAY.plusDays(1), TODAY, new Participants(1, 0, 0, 0), null, "m", NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("network.activity.heldInFuture");
		assertThatThrownBy(() -> a.record(TODAY, TODAY, Participants.none(), null, "m", NOW))
			.hasMessage("network.activity.noParticipants");
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.PLANNED);
	}

	@Test
	void aCancelledActivityIsNeitherRecordedNorGivenFilesUntilReopened() {
		NetworkActivity a = planned();
		a.cancel();
		assertThatThrownBy(() -> a.record(TODAY, TODAY, new Participants(0, 1, 0, 0), null, "m", NOW))
			.hasMessage("network.activity.cancelled");
		assertThatThrownBy(() -> a.addFile(9L, "m", NOW)).hasMessage("network.activity.cancelled");
		assertThatThrownBy(a::cancel).hasMessage("network.activity.notPlanned");
		a.reopen();
		assertThat(a.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		assertThatThrownBy(a::reopen).hasMessage("network.activity.notCancelled");
	}

	@Test
	void participantNumbersAreNeverNegativeNorHuge() {
		assertThatThrownBy(() -> new Participants(-1, 0, 0, 0)).hasMessage("network.participants.range");
		assertThatThrownBy(() -> new Participants(0, 0, 10_001, 0)).hasMessage("network.participants.range");
		assertThat(new Participants(1, 2, 3, 4).plus(new Participants(1, 1, 1, 1)))
			.isEqualTo(new Participants(2, 3, 4, 5));
		assertThat(new Participants(1, 2, 3, 4).of(ParticipantGroup.STUDENTS)).isEqualTo(3);
	}

	@Test
	void aNetworkKeepsCapacitiesInRangeAndItsCentreAMentor() {
		Network n = new Network(1L, 2L, NetworkModel.CONCENTRATED, 3, "c", NOW);
		n.put(10L, MemberRole.MENTOR, null, "c", NOW);
		n.put(20L, MemberRole.MENTEE, 5, "c", NOW);
		assertThat(n.capacityOf(10L)).isEqualTo(3);
		assertThat(n.member(20L).orElseThrow().getCapacity()).isNull();
		assertThatThrownBy(() -> n.put(11L, MemberRole.MENTOR, 0, "c", NOW)).hasMessage("network.setup.capacityRange");
		assertThatThrownBy(() -> n.configure(NetworkModel.CONCENTRATED, 20L, 3))
			.hasMessage("network.setup.centreNotMentor");
		n.configure(NetworkModel.CONCENTRATED, 10L, 2);
		assertThat(n.getCentreSchoolId()).isEqualTo(10L);
		// the centre stops being one when it is no longer a mentor
		n.put(10L, MemberRole.MENTEE, null, "c", NOW);
		assertThat(n.getCentreSchoolId()).isNull();
		// a distributed network has no centre
		n.put(10L, MemberRole.MENTOR, 2, "c", NOW);
		n.configure(NetworkModel.DISTRIBUTED, 10L, 2);
		assertThat(n.getCentreSchoolId()).isNull();
	}

	@Test
	void anEndedPairNeitherEndsAgainNorChangesItsProgramme() {
		NetworkPair p = new NetworkPair(1L, 10L, 20L, PairOrigin.MANUAL, null, "c", NOW);
		p.plan("Цели", null, java.util.Set.of(3L), java.util.Set.of("Математика"));
		assertThat(p.getSubjects()).containsExactly("Математика");
		p.end("c", NOW);
		assertThat(p.isActive()).isFalse();
		assertThatThrownBy(() -> p.end("c", NOW)).hasMessage("network.pair.alreadyEnded");
		assertThatThrownBy(() -> p.plan("Другие", null, java.util.Set.of(), java.util.Set.of()))
			.hasMessage("network.pair.ended");
		assertThat(p.getGoals()).isEqualTo("Цели");
	}

}
