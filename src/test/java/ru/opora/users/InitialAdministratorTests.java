package ru.opora.users;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The first administrator comes only from OPORA_ADMIN_PASSWORD, and only on a database
 * with no account at all.
 */
class InitialAdministratorTests {

	UserService users = mock(UserService.class);

	@Test
	void createsTheAdministratorOnAnEmptyDatabase() {
		given(this.users.anyAccountExists()).willReturn(false);
		runner("a-long-secret").run(null);
		verify(this.users).createInitialAdministrator("admin", "Администратор", "a-long-secret");
	}

	@Test
	void doesNothingWhenAccountsExist() {
		given(this.users.anyAccountExists()).willReturn(true);
		runner("a-long-secret").run(null);
		verify(this.users, never()).createInitialAdministrator(anyString(), anyString(), anyString());
	}

	@Test
	void neverUsesAMissingOrShortPassword() {
		given(this.users.anyAccountExists()).willReturn(false);
		runner("").run(null);
		runner("short").run(null);
		verify(this.users, never()).createInitialAdministrator(anyString(), anyString(), anyString());
	}

	private InitialAdministrator runner(String password) {
		InitialAdministrator runner = new InitialAdministrator(this.users);
		ReflectionTestUtils.setField(runner, "initialPassword", password);
		ReflectionTestUtils.setField(runner, "initialUsername", "admin");
		ReflectionTestUtils.setField(runner, "initialFullName", "Администратор");
		return runner;
	}

}
