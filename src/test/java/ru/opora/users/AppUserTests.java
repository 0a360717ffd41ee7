package ru.opora.users;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppUserTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	@Test
	void theFifthWrongPasswordInARowLocksForTheLockoutPeriod() {
		AppUser user = user();
		for (int i = 0; i < 4; i++) {
			assertThat(user.registerFailedLogin(NOW, 5, LOCKOUT)).isFalse();
		}
		assertThat(user.isLocked(NOW)).isFalse();
		assertThat(user.registerFailedLogin(NOW, 5, LOCKOUT)).isTrue();
		assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(user.isLocked(NOW.plus(LOCKOUT))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		AppUser user = user();
		for (int i = 0; i < 5; i++) {
			user.registerFailedLogin(NOW, 5, LOCKOUT);
		}
		assertThat(user.registerFailedLogin(NOW.plusSeconds(60), 5, LOCKOUT)).isFalse();
		assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(LOCKOUT));
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		AppUser user = user();
		for (int i = 0; i < 4; i++) {
			user.registerFailedLogin(NOW, 5, LOCKOUT);
		}
		user.registerSuccessfulLogin(NOW);
		assertThat(user.registerFailedLogin(NOW, 5, LOCKOUT)).isFalse();
		assertThat(user.getFailedLogins()).isEqualTo(1);
		assertThat(user.getLastLoginAt()).isEqualTo(NOW);
	}

	@Test
	void aResetPasswordMustBeChangedAndUnlocks() {
		AppUser user = user();
		user.changePassword("h1");
		assertThat(user.isMustChangePassword()).isFalse();
		for (int i = 0; i < 5; i++) {
			user.registerFailedLogin(NOW, 5, LOCKOUT);
		}
		user.resetPassword("h2");
		assertThat(user.isMustChangePassword()).isTrue();
		assertThat(user.isLocked(NOW)).isFalse();
		assertThat(user.getPasswordHash()).isEqualTo("h2");
	}

	private static AppUser user() {
		return new AppUser("u", "h0", new AccountProfile("U", null, null, Role.ADMIN, null, null, null), NOW);
	}

}
