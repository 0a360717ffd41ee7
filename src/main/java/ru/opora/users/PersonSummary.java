package ru.opora.users;

/**
 * A person as other modules show them: a name and what they do.
 */
public record PersonSummary(Long id, String fullName, String position, Long schoolId) {

}
