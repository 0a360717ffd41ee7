package ru.opora.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import ru.opora.audit.AuditAction;
import ru.opora.audit.AuditLog;
import ru.opora.common.Like;
import ru.opora.common.PagedResult;
import ru.opora.common.Pages;

/**
 * Accounts: the administrator's management, a user's own password, and read-only look-ups
 * of people for other modules.
 */
@Service
@RequiredArgsConstructor
public class UserService {

	static final String ENTITY = "AppUser";

	private static final String PEOPLE = "select id, full_name, position, school_id from app_user";

	private final AppUserRepository users;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final SessionTerminator sessions;

	private final Clock clock;

	private final LoginAttempts loginAttempts;

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public PagedResult<AccountSummary> search(AccountSearch search, Integer page) {
		Instant now = this.clock.instant();
		String like = StringUtils.hasText(search.query()) ? Like.contains(search.query()) : null;
		return PagedResult.of(
				this.users.search(like, search.role(), search.enabled(), Pages.of(page, 25, Sort.by("username"))),
				(u) -> AccountSummary.of(u, now, this.clock.getZone()));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary account(Long id) {
		return AccountSummary.of(load(id), this.clock.instant(), this.clock.getZone());
	}

	/**
	 * Creates an account with a made-up password, which is returned once; the owner must
	 * change it at the first login.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public String create(String username, AccountProfile profile) {
		String login = username.trim();
		if (this.users.existsByUsername(login)) {
			throw new UsernameTakenException(login);
		}
		String password = TemporaryPasswords.generate();
		AppUser user = this.users
			.save(new AppUser(login, this.passwordEncoder.encode(password), profile, this.clock.instant()));
		this.auditLog.recordChange(AuditAction.CREATE, ENTITY, user.getId() + " " + login, Map.of(), user.auditState());
		return password;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void update(Long id, long version, AccountProfile profile) {
		AppUser user = loadVersion(id, version);
		Map<String, Object> before = user.auditState();
		user.apply(profile);
		this.users.saveAndFlush(user);
		this.auditLog.recordChange(AuditAction.UPDATE, ENTITY, id + " " + user.getUsername(), before,
				user.auditState());
		if (!before.equals(user.auditState())) {
			this.sessions.terminate(user.getUsername());
		}
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void setEnabled(Long id, boolean enabled) {
		if (!enabled && id.equals(CurrentUser.require().id())) {
			throw new IllegalAccountChangeException("admin.accounts.cannotDisableSelf");
		}
		AppUser user = load(id);
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
			this.sessions.terminate(user.getUsername());
		}
		this.auditLog.record(enabled ? AuditAction.ENABLE : AuditAction.DISABLE, ENTITY, id + " " + user.getUsername(),
				null);
	}

	/**
	 * Sets a made-up password, returned once, and ends the owner's sessions.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public String resetPassword(Long id) {
		AppUser user = load(id);
		String password = TemporaryPasswords.generate();
		user.resetPassword(this.passwordEncoder.encode(password));
		this.sessions.terminate(user.getUsername());
		this.auditLog.record(AuditAction.PASSWORD_RESET, ENTITY, id + " " + user.getUsername(), null);
		return password;
	}

	/**
	 * The current user changes their own password.
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		CurrentUser me = CurrentUser.require();
		AppUser user = load(me.id());
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.auditLog.record(AuditAction.PASSWORD_CHANGE, ENTITY, me.id() + " " + user.getUsername(), null);
	}

	/**
	 * Enabled curators of a municipality, for the assignment drop-down.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> curatorsOf(Long municipalityId) {
		return this.jdbc.sql(PEOPLE + " where role = ? and municipality_id = ? and enabled order by full_name, id")
			.params(Role.CURATOR.name(), municipalityId)
			.query(UserService::personRow)
			.list();
	}

	/**
	 * Read models of the people with these ids. Plain SQL with one array parameter: a
	 * JPQL {@code in} list was translated anew for each number of ids
	 * (docs/benchmarks.md, «Step 8e»).
	 */
	@Transactional(readOnly = true)
	public Map<Long, PersonSummary> people(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(PEOPLE + " where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(UserService::personRow)
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	private static PersonSummary personRow(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class));
	}

	/**
	 * People's names for the logins that history and version lists record (a login with
	 * no account left, or no name, stays as it is).
	 */
	@Transactional(readOnly = true)
	public Map<String, String> namesByUsername(Collection<String> usernames) {
		Set<String> wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return this.users.findByUsernameIn(wanted)
			.stream()
			.filter((u) -> u.getFullName() != null && !u.getFullName().isBlank())
			.collect(Collectors.toMap(AppUser::getUsername, AppUser::getFullName, (a, b) -> a));
	}

	/**
	 * Enabled accounts of a school (its principal and deputies), for notifications.
	 */
	@Transactional(readOnly = true)
	public List<Long> schoolAccounts(Long schoolId) {
		return this.users.findByRoleAndSchoolIdAndEnabledTrue(Role.SCHOOL, schoolId)
			.stream()
			.map(AppUser::getId)
			.toList();
	}

	/**
	 * Enabled coordinators of a municipality, for notifications.
	 */
	@Transactional(readOnly = true)
	public List<Long> coordinatorAccounts(Long municipalityId) {
		return this.users.findByRoleAndMunicipalityIdAndEnabledTrueOrderByFullName(Role.COORDINATOR, municipalityId)
			.stream()
			.map(AppUser::getId)
			.toList();
	}

	/**
	 * E-mail addresses of enabled accounts (those that have one).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> emails(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findByIdIn(ids)
			.stream()
			.filter((u) -> u.isEnabled() && u.getEmail() != null)
			.collect(Collectors.toMap(AppUser::getId, AppUser::getEmail));
	}

	@Transactional(readOnly = true)
	public Optional<PersonSummary> person(Long id) {
		return this.users.findById(id).map(UserService::person);
	}

	@Transactional(readOnly = true)
	public boolean anyAccountExists() {
		return this.users.count() > 0;
	}

	/**
	 * The first administrator of an empty database (from OPORA_ADMIN_PASSWORD).
	 */
	@Transactional
	void createInitialAdministrator(String username, String fullName, String password) {
		AppUser admin = new AppUser(username, this.passwordEncoder.encode(password),
				new AccountProfile(fullName, null, null, Role.ADMIN, null, null, null), this.clock.instant());
		admin.changePassword(admin.getPasswordHash());
		this.users.save(admin);
		this.auditLog.recordAs("system", AuditAction.CREATE, ENTITY, username, "role: «ADMIN»");
	}

	@Transactional
	void loginSucceeded(String username) {
		this.loginAttempts.succeeded(username);
		this.auditLog.recordAs(username, AuditAction.LOGIN_SUCCESS, ENTITY, null, null);
	}

	/**
	 * A refused login: audited; a wrong password or a refusal as locked may lock the
	 * account (its attempt was counted before the check, see {@link LoginAttempts}).
	 */
	@Transactional
	void loginFailed(String username, String reason, boolean countsTowardsLockout) {
		this.auditLog.recordAs(username, AuditAction.LOGIN_FAILURE, ENTITY, null, reason);
		if (countsTowardsLockout && this.loginAttempts.failed(username)) {
			this.users.findByUsername(username)
				.ifPresent((u) -> this.auditLog.recordAs(username, AuditAction.ACCOUNT_LOCKED, ENTITY,
						u.getId() + " " + username, null));
		}
	}

	@Transactional(readOnly = true)
	Optional<OporaUserDetails> userDetails(String username) {
		Instant now = this.clock.instant();
		return this.users.findByUsername(username)
			.map((u) -> new OporaUserDetails(u.toCurrentUser(), u.getPasswordHash(), u.isEnabled(), !u.isLocked(now),
					u.isMustChangePassword()));
	}

	private AppUser load(Long id) {
		return this.users.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private AppUser loadVersion(Long id, long version) {
		AppUser user = load(id);
		if (user.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(AppUser.class, id);
		}
		return user;
	}

	private static PersonSummary person(AppUser u) {
		return new PersonSummary(u.getId(), u.getFullName(), u.getPosition(), u.getSchoolId());
	}

}
