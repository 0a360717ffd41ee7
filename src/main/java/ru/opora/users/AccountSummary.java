package ru.opora.users;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An account in lists and on its edit page.
 */
public record AccountSummary(Long id, String username, String fullName, String position, String email, Role role,
		Long regionId, Long municipalityId, Long schoolId, boolean enabled, boolean locked, LocalDateTime lastLoginAt,
		long version) {

	static AccountSummary of(AppUser user, Instant now, ZoneId zone) {
		return new AccountSummary(user.getId(), user.getUsername(), user.getFullName(), user.getPosition(),
				user.getEmail(), user.getRole(), user.getRegionId(), user.getMunicipalityId(), user.getSchoolId(),
				user.isEnabled(), user.isLocked(now),
				(user.getLastLoginAt() != null) ? LocalDateTime.ofInstant(user.getLastLoginAt(), zone) : null,
				user.getVersion());
	}

}
