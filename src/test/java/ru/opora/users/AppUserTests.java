package ru.opora.users;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppUserTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@Test
	void aResetPasswordMustBeChangedAndUnlocks() {
		AppUser user = user();
		user.changePassword("h1");
		assertThat(user.isMustChangePassword()).isFalse();
		user.resetPassword("h2");
		assertThat(user.isMustChangePassword()).isTrue();
		assertThat(user.isLocked(NOW)).isFalse();
		assertThat(user.getPasswordHash()).isEqualTo("h2");
	}

	private static AppUser user() {
		return new AppUser("u", "h0", new AccountProfile("U", null, null, Role.ADMIN, null, null, null), NOW);
	}

}
