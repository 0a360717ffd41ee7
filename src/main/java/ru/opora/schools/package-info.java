/**
 * Regions, municipalities and schools, and who may see or edit which school
 * ({@link ru.opora.schools.SchoolAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schools",
		allowedDependencies = { "common", "web", "audit", "users", "tabular" })
package ru.opora.schools;
