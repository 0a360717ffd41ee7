package ru.opora.users;

import java.io.Serializable;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in person with the scope of their role: region, municipality and school ids
 * (any of them may be null where the role has none).
 */
public record CurrentUser(Long id, String username, String fullName, Role role, Long regionId, Long municipalityId,
		Long schoolId) implements Serializable {

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	/**
	 * The current user, if someone is logged in through the portal's login.
	 */
	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OporaUserDetails details) {
			return Optional.of(details.toCurrentUser());
		}
		return Optional.empty();
	}

	/**
	 * The current user; refuses access when nobody is logged in.
	 */
	public static CurrentUser require() {
		return current().orElseThrow(
				() -> new org.springframework.security.access.AccessDeniedException("No authenticated portal user"));
	}

}
