/**
 * Programme years of a municipality («500+ 2022»): participant schools and deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programmes",
		allowedDependencies = { "common", "web", "audit", "users", "schools" })
package ru.opora.programmes;
