package ru.opora.schools;

import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolAccessRulesTests {

	// region 1 → municipality 10 → schools 100, 101; region 2 → municipality 20 → school
	// 200
	static final SchoolLocation OWN = new SchoolLocation(100L, 10L, 1L);

	static final SchoolLocation NEIGHBOUR = new SchoolLocation(101L, 10L, 1L);

	static final SchoolLocation FOREIGN = new SchoolLocation(200L, 20L, 2L);

	@Test
	void administratorSeesAndEditsEverySchool() {
		CurrentUser admin = user(Role.ADMIN, null, null, null);
		assertThat(SchoolAccessRules.canView(admin, FOREIGN, Set.of())).isTrue();
		assertThat(SchoolAccessRules.canEdit(admin, FOREIGN)).isTrue();
	}

	@Test
	void observerReadsItsRegionOnly() {
		CurrentUser observer = user(Role.REGIONAL_OBSERVER, 1L, null, null);
		assertThat(SchoolAccessRules.canView(observer, OWN, Set.of())).isTrue();
		assertThat(SchoolAccessRules.canView(observer, NEIGHBOUR, Set.of())).isTrue();
		assertThat(SchoolAccessRules.canView(observer, FOREIGN, Set.of())).isFalse();
		assertThat(SchoolAccessRules.canEdit(observer, OWN)).isFalse();
	}

	@Test
	void coordinatorSeesAndEditsTheirMunicipalityOnly() {
		CurrentUser coordinator = user(Role.COORDINATOR, 1L, 10L, null);
		assertThat(SchoolAccessRules.canView(coordinator, NEIGHBOUR, Set.of())).isTrue();
		assertThat(SchoolAccessRules.canEdit(coordinator, NEIGHBOUR)).isTrue();
		assertThat(SchoolAccessRules.canView(coordinator, FOREIGN, Set.of())).isFalse();
		assertThat(SchoolAccessRules.canEdit(coordinator, FOREIGN)).isFalse();
	}

	@Test
	void curatorSeesAssignedSchoolsOnlyAndEditsNone() {
		CurrentUser curator = user(Role.CURATOR, 1L, 10L, 101L);
		assertThat(SchoolAccessRules.canView(curator, OWN, Set.of(100L))).isTrue();
		assertThat(SchoolAccessRules.canView(curator, NEIGHBOUR, Set.of(100L))).as("own school, not assigned")
			.isFalse();
		assertThat(SchoolAccessRules.canView(curator, OWN, Set.of())).isFalse();
		assertThat(SchoolAccessRules.canEdit(curator, OWN)).isFalse();
	}

	@Test
	void schoolSeesItselfOnly() {
		CurrentUser school = user(Role.SCHOOL, 1L, 10L, 100L);
		assertThat(SchoolAccessRules.canView(school, OWN, Set.of())).isTrue();
		assertThat(SchoolAccessRules.canView(school, NEIGHBOUR, Set.of())).isFalse();
		assertThat(SchoolAccessRules.canEdit(school, OWN)).isFalse();
	}

	@Test
	void aUserWithoutScopeSeesNothing() {
		assertThat(SchoolAccessRules.canView(user(Role.COORDINATOR, null, null, null), OWN, Set.of())).isFalse();
		assertThat(SchoolAccessRules.canView(user(Role.SCHOOL, null, null, null), OWN, Set.of())).isFalse();
		assertThat(SchoolAccessRules.canView(user(Role.REGIONAL_OBSERVER, null, null, null), OWN, Set.of())).isFalse();
	}

	private static CurrentUser user(Role role, Long region, Long municipality, Long school) {
		return new CurrentUser(1L, "u", "U", role, region, municipality, school);
	}

}
