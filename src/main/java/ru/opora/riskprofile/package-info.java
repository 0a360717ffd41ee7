/**
 * Risk factors (reference data versioned by catalogue year), each participant's risk
 * profile (imported from the federal survey or computed from the portal's
 * questionnaires), its verification by the school and its curator, the factors the school
 * works on, and the coordinator's heat map. Reads tables with the tabular import module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk profiles",
		allowedDependencies = { "common", "web", "audit", "users", "schools", "mentoring", "programmes", "tabular" })
package ru.opora.riskprofile;
