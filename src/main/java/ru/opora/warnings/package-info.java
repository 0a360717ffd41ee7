/**
 * Early warning of stalling schools (issue 10): a daily job computes signals per
 * participant school of the open programme years from the other modules' read models,
 * adds their weights up to a level (в норме / внимание / риск) with thresholds kept per
 * region, keeps each reason with the day it started and cleared, and escalates through
 * notifications, each once per reason. Pages: «Раннее предупреждение» and the panels on
 * the school's and the curator's home pages; the administrator's per-region settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early warning",
		allowedDependencies = { "common", "web", "audit", "users", "schools", "mentoring", "programmes", "riskprofile",
				"documents", "roadmap", "network", "notifications" })
package ru.opora.warnings;
