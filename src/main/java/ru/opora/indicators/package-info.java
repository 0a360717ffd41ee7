/**
 * The 15 project indicators of a municipal support centre (seed 001, issue 10): reference
 * data, targets and values per municipality and period (a programme year and a
 * checkpoint), computed from the other modules' read APIs wherever the portal holds the
 * data and entered by the coordinator with a comment and evidence otherwise; the
 * coordinator's page «Показатели проекта», the region's comparison, XLSX and PDF, and
 * {@link ru.opora.indicators.PublicIndicators} for the public page. It never writes
 * another module's tables. See docs/indicators.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "common", "web", "audit", "users", "schools", "programmes", "analysis", "documents",
				"roadmap", "network", "teachers", "files", "publicsite" })
package ru.opora.indicators;
