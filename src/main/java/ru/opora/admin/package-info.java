/**
 * The administrator's account management: accounts with their role and scope, disabling,
 * password resets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin",
		allowedDependencies = { "common", "web", "users", "schools" })
package ru.opora.admin;
