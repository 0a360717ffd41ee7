/**
 * Accounts, roles, login, the current user and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users",
		allowedDependencies = { "common", "web", "audit" })
package ru.opora.users;
