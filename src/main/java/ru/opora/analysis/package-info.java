/**
 * Analysis of schools: assessment results and social passports per school and year
 * (entered or imported), their classification by a rule kept per region, and the
 * coordinator's page «Анализ школ».
 */
@org.springframework.modulith.ApplicationModule(displayName = "School analysis",
		allowedDependencies = { "common", "web", "audit", "users", "schools", "mentoring", "programmes", "tabular" })
package ru.opora.analysis;
