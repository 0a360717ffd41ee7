package ru.opora.users;

/**
 * What an administrator sets on an account: the person, the role and the role's scope.
 * The scope ids must already be consistent (a school's municipality and region).
 */
public record AccountProfile(String fullName, String position, String email, Role role, Long regionId,
		Long municipalityId, Long schoolId) {

}
