package ru.opora.schools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.opora.users.CurrentUser;
import ru.opora.users.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cell of the access matrix: role × relation to the school × action → allowed. The
 * table below is the expected matrix, written by hand; docs/access.md prints the same
 * table (checked here too). A cell lists the relations that allow the action: {@code own}
 * = the user's own school, {@code assigned} = a curator's currently assigned school,
 * {@code municipality}, {@code region}, {@code any} = every school, {@code —} = never.
 */
class SchoolAccessMatrixTests {

	static final String TABLE = """
			| action | ADMIN | REGIONAL_OBSERVER | COORDINATOR | CURATOR | SCHOOL |
			|---|---|---|---|---|---|
			| `READ` | any | region | municipality | assigned | own |
			| `EDIT_SCHOOL_CARD` | any | — | municipality | — | — |
			| `EDIT_SOCIAL_PASSPORT` | any | — | municipality | — | — |
			| `UPLOAD_DOCUMENT` | — | — | — | — | own |
			| `PUBLISH_DOCUMENT` | — | — | — | — | own |
			| `REVIEW_DOCUMENT` | — | — | municipality | assigned | — |
			| `CONFIRM_RISK_PROFILE` | — | — | — | — | own |
			| `VERIFY_RISK_PROFILE` | — | — | — | assigned | — |
			| `CHOOSE_FACTORS` | — | — | municipality | — | own |
			| `MANAGE_SURVEY` | — | — | municipality | — | own |
			| `SEE_TEACHER_NAMES` | — | — | municipality | assigned | own |
			| `EDIT_TEACHERS` | — | — | municipality | — | own |
			| `MOVE_TEACHER` | — | — | municipality | — | — |
			| `WORK_NETWORK_PAIR` | — | — | — | assigned, own | own |
			| `NOTE_NETWORK_PAIR` | — | — | — | assigned, own | — |
			| `EDIT_ROAD_MAP` | — | — | municipality | assigned | own |
			| `COMMENT_ROAD_MAP` | — | — | municipality | assigned | own |
			| `SAVE_ROAD_MAP_TEMPLATE` | — | — | municipality | — | — |
			""";

	static final Map<String, SchoolRelation> WORDS = Map.of("own", SchoolRelation.OWN_SCHOOL, "assigned",
			SchoolRelation.ASSIGNED_CURATOR, "municipality", SchoolRelation.OWN_MUNICIPALITY, "region",
			SchoolRelation.OWN_REGION);

	static Map<SchoolAction, Map<Role, Set<SchoolRelation>>> expected() {
		List<String> lines = TABLE.lines().skip(2).toList();
		List<Role> roles = Arrays.stream(TABLE.lines().findFirst().orElseThrow().split("\\|"))
			.map(String::trim)
			.skip(2)
			.map(Role::valueOf)
			.toList();
		Map<SchoolAction, Map<Role, Set<SchoolRelation>>> matrix = new HashMap<>();
		for (String line : lines) {
			String[] cells = line.split("\\|");
			SchoolAction action = SchoolAction.valueOf(cells[1].trim().replace("`", ""));
			Map<Role, Set<SchoolRelation>> row = new HashMap<>();
			for (int i = 0; i < roles.size(); i++) {
				row.put(roles.get(i), relations(cells[i + 2].trim()));
			}
			matrix.put(action, row);
		}
		return matrix;
	}

	private static Set<SchoolRelation> relations(String cell) {
		if (cell.equals("—")) {
			return EnumSet.noneOf(SchoolRelation.class);
		}
		if (cell.equals("any")) {
			return EnumSet.allOf(SchoolRelation.class);
		}
		Set<SchoolRelation> set = EnumSet.noneOf(SchoolRelation.class);
		for (String word : cell.split(",")) {
			set.add(WORDS.get(word.trim()));
		}
		return set;
	}

	static Stream<Arguments> cells() {
		Map<SchoolAction, Map<Role, Set<SchoolRelation>>> matrix = expected();
		List<Arguments> cells = new ArrayList<>();
		for (SchoolAction action : SchoolAction.values()) {
			for (Role role : Role.values()) {
				for (SchoolRelation relation : SchoolRelation.values()) {
					cells.add(Arguments.of(role, relation, action, matrix.get(action).get(role).contains(relation)));
				}
			}
		}
		return cells.stream();
	}

	@Test
	void theTableHasARowForEveryActionAndAColumnForEveryRole() {
		Map<SchoolAction, Map<Role, Set<SchoolRelation>>> matrix = expected();
		assertThat(matrix.keySet()).containsExactlyInAnyOrder(SchoolAction.values());
		matrix.values().forEach((row) -> assertThat(row.keySet()).containsExactlyInAnyOrder(Role.values()));
	}

	@ParameterizedTest(name = "{0} × {1} × {2} → {3}")
	@MethodSource("cells")
	void everyCell(Role role, SchoolRelation relation, SchoolAction action, boolean allowed) {
		assertThat(SchoolAccessRules.may(role, EnumSet.of(relation), action)).isEqualTo(allowed);
	}

	@Test
	void theDocumentationPrintsTheSameTable() throws IOException {
		String docs = Files.readString(Path.of("docs/access.md"), StandardCharsets.UTF_8);
		assertThat(docs).contains(TABLE);
	}

	// region 1 → municipality 10 → schools 100, 101; region 1 → municipality 11 → school
	// 110; region 2 → municipality 20 → school 200
	static final SchoolLocation SCHOOL_100 = new SchoolLocation(100L, 10L, 1L);

	static final SchoolLocation SCHOOL_101 = new SchoolLocation(101L, 10L, 1L);

	static final SchoolLocation SCHOOL_110 = new SchoolLocation(110L, 11L, 1L);

	static final SchoolLocation SCHOOL_200 = new SchoolLocation(200L, 20L, 2L);

	@Test
	void relationsOfAUserToASchool() {
		CurrentUser curator = new CurrentUser(1L, "c", "C", Role.CURATOR, 1L, 10L, 101L);
		Set<Long> assigned = Set.of(100L);
		assertThat(SchoolAccessRules.relations(curator, SCHOOL_100, assigned)).containsExactlyInAnyOrder(
				SchoolRelation.ASSIGNED_CURATOR, SchoolRelation.OWN_MUNICIPALITY, SchoolRelation.OWN_REGION);
		assertThat(SchoolAccessRules.relations(curator, SCHOOL_101, assigned)).containsExactlyInAnyOrder(
				SchoolRelation.OWN_SCHOOL, SchoolRelation.OWN_MUNICIPALITY, SchoolRelation.OWN_REGION);
		assertThat(SchoolAccessRules.relations(curator, SCHOOL_110, assigned))
			.containsExactly(SchoolRelation.OWN_REGION);
		assertThat(SchoolAccessRules.relations(curator, SCHOOL_200, assigned)).containsExactly(SchoolRelation.OTHER);
		CurrentUser school = new CurrentUser(2L, "s", "S", Role.SCHOOL, 1L, 10L, 100L);
		assertThat(SchoolAccessRules.relations(school, SCHOOL_101, assigned)).as("only curators are assigned")
			.doesNotContain(SchoolRelation.ASSIGNED_CURATOR, SchoolRelation.OWN_SCHOOL);
		CurrentUser noScope = new CurrentUser(3L, "n", "N", Role.COORDINATOR, null, null, null);
		assertThat(SchoolAccessRules.relations(noScope, SCHOOL_100, Set.of())).containsExactly(SchoolRelation.OTHER);
	}

	@Test
	void aUserIsAllowedByAnyOfTheirRelations() {
		CurrentUser curator = new CurrentUser(1L, "c", "C", Role.CURATOR, 1L, 10L, 101L);
		assertThat(SchoolAccessRules.may(curator, SchoolAction.WORK_NETWORK_PAIR, SCHOOL_101, Set.of()))
			.as("works at the school")
			.isTrue();
		assertThat(SchoolAccessRules.may(curator, SchoolAction.EDIT_ROAD_MAP, SCHOOL_101, Set.of()))
			.as("works at the school, not assigned")
			.isFalse();
		assertThat(SchoolAccessRules.may(curator, SchoolAction.EDIT_ROAD_MAP, SCHOOL_100, Set.of(100L))).isTrue();
		CurrentUser coordinator = new CurrentUser(4L, "k", "K", Role.COORDINATOR, 1L, 10L, null);
		assertThat(SchoolAccessRules.may(coordinator, SchoolAction.EDIT_TEACHERS, SCHOOL_101, Set.of())).isTrue();
		assertThat(SchoolAccessRules.may(coordinator, SchoolAction.EDIT_TEACHERS, SCHOOL_110, Set.of()))
			.as("same region, other municipality")
			.isFalse();
	}

}
