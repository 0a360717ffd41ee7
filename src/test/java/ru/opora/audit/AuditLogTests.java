package ru.opora.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTests {

	@Test
	void describesOnlyTheFieldsThatChanged() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("name", "Жидкинская ООШ");
		before.put("students", 46);
		before.put("email", null);
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("students", 48);
		after.put("email", "zhidka@example.org");
		assertThat(AuditLog.describeChanges(before, after))
			.isEqualTo("students: «46» → «48»\nemail: — → «zhidka@example.org»");
	}

	@Test
	void emptyTextAndNullAreTheSame() {
		assertThat(AuditLog.describeChanges(Map.of("address", ""), new LinkedHashMap<>(Map.of()))).isEmpty();
	}

	@Test
	void creationListsEveryFilledField() {
		assertThat(AuditLog.describeChanges(Map.of(), Map.of("name", "Школа"))).isEqualTo("name: — → «Школа»");
	}

}
