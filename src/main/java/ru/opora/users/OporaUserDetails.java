package ru.opora.users;

import java.util.Collection;
import java.util.List;

import lombok.Getter;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal, kept in the (JDBC) session: small and serializable.
 */
@Getter
public final class OporaUserDetails implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private String password;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private final boolean mustChangePassword;

	OporaUserDetails(CurrentUser user, String password, boolean enabled, boolean accountNonLocked,
			boolean mustChangePassword) {
		this.user = user;
		this.password = password;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.mustChangePassword = mustChangePassword;
	}

	/**
	 * A principal for an already authenticated user (tests and the session refresh after
	 * a password change).
	 */
	public static OporaUserDetails of(CurrentUser user) {
		return new OporaUserDetails(user, "", true, true, false);
	}

	OporaUserDetails withPasswordChanged() {
		return new OporaUserDetails(this.user, "", this.enabled, this.accountNonLocked, false);
	}

	public CurrentUser toCurrentUser() {
		return this.user;
	}

	public String getFullName() {
		return this.user.fullName();
	}

	public Role getRole() {
		return this.user.role();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.user.role().authority()));
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

}
