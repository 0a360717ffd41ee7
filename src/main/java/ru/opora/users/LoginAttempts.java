package ru.opora.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login lockout, kept atomic in the database: every attempt is counted by one
 * {@code update … returning} <em>before</em> its password is checked, so that guesses
 * sent at the same moment cannot get more than {@code opora.security.max-failed-logins}
 * passwords checked. A wrong password leaves its attempt counted (and locks the account
 * for {@code opora.security.lockout-minutes} once the limit is reached); a right one
 * clears the count. None of these updates touches the account's {@code version}, so a
 * login never conflicts with another login or an administrator's edit.
 */
@Component
class LoginAttempts implements UserDetailsChecker {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailedLogins;

	private final Duration lockout;

	LoginAttempts(JdbcClient jdbc, Clock clock, @Value("${opora.security.max-failed-logins:5}") int maxFailedLogins,
			@Value("${opora.security.lockout-minutes:15}") long lockoutMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailedLogins = maxFailedLogins;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
	}

	/**
	 * Runs before the password is checked: counts the attempt, or refuses it as locked
	 * when the account is locked or its attempts are used up.
	 */
	@Override
	public void check(UserDetails user) {
		if (!reserve(user.getUsername())) {
			throw new LockedException("Locked");
		}
	}

	/**
	 * Counts an attempt if one is left; false when the account is locked.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean reserve(String username) {
		OffsetDateTime now = utc(this.clock.instant());
		return this.jdbc.sql("""
				update app_user
				set failed_logins = case when locked_until is null then failed_logins + 1 else 1 end,
				    locked_until = null
				where lower(username) = lower(:username)
				  and ((locked_until is null and failed_logins < :max) or locked_until <= :now)
				returning id""")
			.param("username", username)
			.param("max", this.maxFailedLogins)
			.param("now", now)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/**
	 * A wrong password (its attempt is already counted): locks the account when the
	 * attempts are used up. True only for the one failure that locked it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean failed(String username) {
		return this.jdbc.sql("""
				update app_user set locked_until = :until
				where lower(username) = lower(:username) and locked_until is null and failed_logins >= :max
				returning id""")
			.param("until", utc(this.clock.instant().plus(this.lockout)))
			.param("username", username)
			.param("max", this.maxFailedLogins)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/**
	 * A right password: clears the count and notes the login.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.jdbc.sql("""
				update app_user set failed_logins = 0, locked_until = null, last_login_at = :now
				where lower(username) = lower(:username)""")
			.param("now", utc(this.clock.instant()))
			.param("username", username)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
