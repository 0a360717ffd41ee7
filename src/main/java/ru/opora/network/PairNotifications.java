package ru.opora.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import ru.opora.notifications.NotificationService;
import ru.opora.schools.SchoolPlace;
import ru.opora.users.UserService;

/**
 * Tells the accounts of both schools of a new pair, and the mentee's curators, that the
 * pair is made (the bell, and e-mail where configured).
 */
@Component
@RequiredArgsConstructor
class PairNotifications {

	private final NotificationService notifications;

	private final UserService users;

	private final ru.opora.mentoring.CuratorAssignmentService curators;

	void paired(NetworkPair pair, Map<Long, SchoolPlace> places) {
		List<Long> recipients = new ArrayList<>(this.users.schoolAccounts(pair.getMentorSchoolId()));
		recipients.addAll(this.users.schoolAccounts(pair.getMenteeSchoolId()));
		recipients.addAll(this.curators.activeCuratorsOf(List.of(pair.getMenteeSchoolId()))
			.getOrDefault(pair.getMenteeSchoolId(), List.of()));
		this.notifications.notify(recipients, "notifications.network.paired",
				List.of(NetworkService.shortName(places, pair.getMentorSchoolId()),
						NetworkService.shortName(places, pair.getMenteeSchoolId())),
				"/networks/pairs/" + pair.getId(), null);
	}

}
