/**
 * Risk factors (reference data versioned by catalogue year) and the factors each
 * participant school works on in a programme year; later the risk profiles themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk profiles",
		allowedDependencies = { "common", "web", "audit", "users", "schools", "mentoring", "programmes" })
package ru.opora.riskprofile;
