package ru.opora.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTests {

	static Authentication as(String role) {
		return UsernamePasswordAuthenticationToken.authenticated("u", "p", AuthorityUtils.createAuthorityList(role));
	}

	static final List<String> ROLES = List.of("ROLE_ADMIN", "ROLE_SCHOOL", "ROLE_CURATOR", "ROLE_COORDINATOR",
			"ROLE_REGIONAL_OBSERVER");

	static final List<String> PATHS = List.of("/", "/schools", "/schools/2", "/schools/2/documents", "/programmes/1",
			"/networks", "/teachers", "/programmes/1/teachers", "/documents", "/review", "/analysis", "/warnings",
			"/indicators", "/assignments", "/admin/accounts", "/admin/audit", "/notifications", "/account/password");

	/**
	 * The cache key of the menu's items: two navigations share it exactly when they would
	 * show the same items with the same active ones.
	 */
	@Test
	void theKeyDiffersExactlyWhenWhatTheMenuShowsDiffers() {
		Map<String, String> stateByKey = new HashMap<>();
		int distinct = 0;
		for (String role : ROLES) {
			for (String path : PATHS) {
				Navigation navigation = new Navigation(as(role), path);
				String state = state(navigation);
				String before = stateByKey.putIfAbsent(navigation.key(), state);
				if (before == null) {
					distinct++;
				}
				else {
					assertThat(state).as(role + " " + path).isEqualTo(before);
				}
			}
		}
		assertThat(stateByKey.values()).doesNotHaveDuplicates();
		assertThat(distinct).isGreaterThan(ROLES.size() * 10);
		assertThat(new Navigation(as("ROLE_COORDINATOR"), "/schools/2").key())
			.isEqualTo(new Navigation(as("ROLE_COORDINATOR"), "/schools/7").key())
			.isNotEqualTo(new Navigation(as("ROLE_COORDINATOR"), "/schools/2/documents").key())
			.isNotEqualTo(new Navigation(as("ROLE_CURATOR"), "/schools/2").key());
	}

	@Test
	void anAnonymousVisitorHasNoRolesInTheKey() {
		Navigation anonymous = new Navigation(
				new AnonymousAuthenticationToken("k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ADMIN")),
				"/");
		assertThat(anonymous.isAuthenticated()).isFalse();
		assertThat(anonymous.isAdmin()).isFalse();
		assertThat(anonymous.key()).isEqualTo(new Navigation(null, "/").key());
		assertThat(anonymous.getItems()).isEmpty();
	}

	private static String state(Navigation n) {
		return List
			.of(n.isAuthenticated(), n.isAdmin(), n.isSchool(), n.isCurator(), n.isCoordinator(), n.isObserver(),
					n.isHomeActive(), n.isSchoolsActive(), n.isProgrammesActive(), n.isNetworksActive(),
					n.isTeachersActive(), n.isDocumentsActive(), n.isReviewActive(), n.isAnalysisActive(),
					n.isMonitoringActive(), n.isAssignmentsActive(), n.isAccountsActive(), n.isAdministrationActive())
			.toString();
	}

}
