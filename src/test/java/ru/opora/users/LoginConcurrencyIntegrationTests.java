package ru.opora.users;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Logins sent at the same moment: the lockout counts every guess before its password is
 * checked, and recording a login never fails one. Each test has an account of its own.
 */
class LoginConcurrencyIntegrationTests extends PortalIntegrationTest {

	static final String PASSWORD = "верный-пароль-42";

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void fortyWrongGuessesAndTheRightOneAtOnceCheckAtMostFivePasswords() throws Exception {
		String login = account();
		List<Callable<MockHttpServletResponse>> attempts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String guess = "wrong-" + i;
			attempts.add(() -> this.mvc.perform(formLogin().user(login).password(guess)).andReturn().getResponse());
		}
		attempts.add(20, () -> this.mvc.perform(formLogin().user(login).password(PASSWORD)).andReturn().getResponse());

		List<MockHttpServletResponse> answers = atOnce(attempts);

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));
		long accepted = answers.stream().filter((a) -> "/".equals(a.getRedirectedUrl())).count();
		long checkedWrong = this.jdbc.queryForObject("""
				select count(*) from audit_event where username = ? and action = 'LOGIN_FAILURE'
				and details = 'BadCredentialsException'""", Long.class, login);
		assertThat(checkedWrong + accepted).as("passwords checked").isLessThanOrEqualTo(5);
		if (accepted == 0) {
			assertThat(this.jdbc.queryForObject("select locked_until is not null from app_user where username = ?",
					Boolean.class, login))
				.as("locked after five wrong guesses")
				.isTrue();
			// still locked: even the right password is refused, with the same answer
			assertThat(this.mvc.perform(formLogin().user(login).password(PASSWORD))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/login?error=bad");
		}
	}

	@Test
	void tenSimultaneousCorrectLoginsNeverFail() throws Exception {
		String login = account();
		List<Callable<MockHttpServletResponse>> attempts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			attempts.add(() -> this.mvc.perform(formLogin().user(login).password(PASSWORD)).andReturn().getResponse());
		}

		List<MockHttpServletResponse> answers = atOnce(attempts);

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.getStatus()).isEqualTo(302);
			assertThat(answer.getRedirectedUrl()).isIn("/", "/login?error=bad");
		});
		assertThat(answers).anySatisfy((answer) -> assertThat(answer.getRedirectedUrl()).isEqualTo("/"));
		assertThat(this.mvc.perform(formLogin().user(login).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("the account is not locked").isEqualTo("/");
		assertThat(this.jdbc.queryForObject("select last_login_at is not null from app_user where username = ?",
				Boolean.class, login))
			.isTrue();
	}

	@Test
	void aLockedAccountAndAnUnknownOneAnswerTheSame() throws Exception {
		String login = account();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(login).password("wrong-" + i));
		}
		String locked = this.mvc.perform(formLogin().user(login).password("wrong-again"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String unknown = this.mvc.perform(formLogin().user(TestData.unique("nobody").replace(' ', '.')).password("x"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(locked).isEqualTo(unknown).isEqualTo("/login?error=bad");
	}

	private String account() {
		String login = TestData.unique("concurrent").replace(' ', '.');
		this.jdbc
			.update("""
					insert into app_user (username, password_hash, full_name, role) values (?, ?, 'Одновременный Вход', 'ADMIN')""",
					login, this.passwordEncoder.encode(PASSWORD));
		return login;
	}

	private static List<MockHttpServletResponse> atOnce(List<Callable<MockHttpServletResponse>> attempts)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
			for (Callable<MockHttpServletResponse> attempt : attempts) {
				futures.add(pool.submit(() -> {
					start.await();
					return attempt.call();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> answers = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				answers.add(future.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
