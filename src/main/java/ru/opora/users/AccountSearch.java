package ru.opora.users;

/**
 * Filters of the accounts page; any may be empty.
 */
public record AccountSearch(String query, Role role, Boolean enabled) {

}
