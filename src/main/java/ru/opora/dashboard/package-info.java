/**
 * Each role's home page, composed from the feature modules' services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "common", "web", "users", "schools", "mentoring" })
package ru.opora.dashboard;
