package ru.opora.network;

import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolAccess;
import ru.opora.schools.SchoolAction;
import ru.opora.schools.SchoolScope;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

/**
 * Who may see and do what in a network:
 * <ul>
 * <li>the coordinator of the network's municipality: everything, and manages it;</li>
 * <li>the regional observer of its region and the administrator: read everything;</li>
 * <li>a mentor or mentee school (its accounts, and curators who belong to it or are
 * assigned to one of its schools): the network's common pages and their own pairs, where
 * they plan and record joint activities; curators also write the curator's note;</li>
 * <li>everybody else, another municipality included: nothing (404 for pages, 403 for
 * actions).</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
class NetworkAccess {

	private final SchoolService schools;

	private final SchoolAccess schoolAccess;

	boolean canView(Network network, CurrentUser user) {
		return seesEverything(network, user) || !ownSchools(network, user).isEmpty();
	}

	boolean seesEverything(Network network, CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> true;
			case COORDINATOR -> Objects.equals(user.municipalityId(), network.getMunicipalityId());
			case REGIONAL_OBSERVER -> this.schools.municipality(network.getMunicipalityId())
				.map(MunicipalityOption::regionId)
				.map((r) -> r.equals(user.regionId()))
				.orElse(false);
			case CURATOR, SCHOOL -> false;
		};
	}

	boolean canManage(Network network, CurrentUser user) {
		return user.is(Role.COORDINATOR) && Objects.equals(user.municipalityId(), network.getMunicipalityId());
	}

	boolean canView(Network network, NetworkPair pair, CurrentUser user) {
		return seesEverything(network, user) || involved(pair, user);
	}

	/**
	 * May plan and record the pair's joint activities and its programme.
	 */
	boolean canWork(Network network, NetworkPair pair, CurrentUser user) {
		return canManage(network, user) || (pair.isActive() && mayOnPair(user, SchoolAction.WORK_NETWORK_PAIR, pair));
	}

	/**
	 * May write the curator's note on the pair's activities.
	 */
	boolean canNote(Network network, NetworkPair pair, CurrentUser user) {
		return canManage(network, user) || mayOnPair(user, SchoolAction.NOTE_NETWORK_PAIR, pair);
	}

	/**
	 * May the user take the action on either school of the pair ({@link SchoolAccess}:
	 * the school's accounts, curators who work at it or are assigned to it)?
	 */
	private boolean mayOnPair(CurrentUser user, SchoolAction action, NetworkPair pair) {
		return this.schoolAccess.may(user, action, pair.getMentorSchoolId())
				|| this.schoolAccess.may(user, action, pair.getMenteeSchoolId());
	}

	void checkView(Network network, CurrentUser user) {
		if (!canView(network, user)) {
			throw new NetworkNotFoundException(network.getId());
		}
	}

	void checkManage(Network network, CurrentUser user) {
		checkView(network, user);
		if (!canManage(network, user)) {
			throw new AccessDeniedException("Network " + network.getId() + " is not managed by " + user.username());
		}
	}

	void checkView(Network network, NetworkPair pair, CurrentUser user) {
		if (!canView(network, pair, user)) {
			throw new PairNotFoundException(pair.getId());
		}
	}

	void checkWork(Network network, NetworkPair pair, CurrentUser user) {
		checkView(network, pair, user);
		if (!canWork(network, pair, user)) {
			throw new AccessDeniedException("Pair " + pair.getId() + " is not editable by " + user.username());
		}
	}

	/**
	 * The member schools of the network that are the user's own: their school, and for a
	 * curator also the schools assigned to them.
	 */
	Set<Long> ownSchools(Network network, CurrentUser user) {
		Set<Long> mine = mySchools(user);
		return network.getMembers()
			.stream()
			.map(NetworkMember::getSchoolId)
			.filter(mine::contains)
			.collect(java.util.stream.Collectors.toSet());
	}

	boolean involved(NetworkPair pair, CurrentUser user) {
		Set<Long> mine = mySchools(user);
		return mine.contains(pair.getMentorSchoolId()) || mine.contains(pair.getMenteeSchoolId());
	}

	Set<Long> mySchools(CurrentUser user) {
		if (!(user.is(Role.SCHOOL) || user.is(Role.CURATOR))) {
			return Set.of();
		}
		java.util.HashSet<Long> mine = new java.util.HashSet<>();
		if (user.schoolId() != null) {
			mine.add(user.schoolId());
		}
		if (user.is(Role.CURATOR)) {
			SchoolScope scope = this.schoolAccess.scope(user);
			if (scope.schoolIds() != null) {
				mine.addAll(scope.schoolIds());
			}
		}
		return mine;
	}

}
