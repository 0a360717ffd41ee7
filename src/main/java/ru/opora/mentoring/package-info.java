/**
 * Network mentoring: curator assignments (curator ↔ school, with dates); later visits and
 * mentor pairs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentoring",
		allowedDependencies = { "common", "web", "audit", "users", "schools" })
package ru.opora.mentoring;
