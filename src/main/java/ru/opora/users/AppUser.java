package ru.opora.users;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * An account. The role decides which of region, municipality and school must be set.
 */
@Entity
@Table(name = "app_user")
@Getter
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	private String position;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "region_id")
	private Long regionId;

	@Column(name = "municipality_id")
	private Long municipalityId;

	@Column(name = "school_id")
	private Long schoolId;

	private boolean enabled;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AppUser() {
	}

	AppUser(String username, String passwordHash, AccountProfile profile, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.mustChangePassword = true;
		this.createdAt = now;
		apply(profile);
	}

	void apply(AccountProfile profile) {
		this.fullName = profile.fullName();
		this.position = profile.position();
		this.email = profile.email();
		this.role = profile.role();
		this.regionId = profile.regionId();
		this.municipalityId = profile.municipalityId();
		this.schoolId = profile.schoolId();
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * A password set by somebody else: the owner must change it at the next login.
	 */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.fullName, this.role, this.regionId, this.municipalityId,
				this.schoolId);
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("fullName", this.fullName);
		state.put("position", this.position);
		state.put("email", this.email);
		state.put("role", this.role);
		state.put("regionId", this.regionId);
		state.put("municipalityId", this.municipalityId);
		state.put("schoolId", this.schoolId);
		state.put("enabled", this.enabled);
		return state;
	}

}
