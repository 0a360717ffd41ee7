/**
 * Network mentoring (сетевое наставничество, seeds 002 and 003): the network of a
 * programme year with its mentor and mentee schools, suggested and accepted pairs, each
 * pair's network programme and joint activities, the municipal «День образовательных
 * интенсивов», the calendar and the monitoring of the network.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network mentoring",
		allowedDependencies = { "common", "web", "audit", "users", "schools", "mentoring", "programmes", "analysis",
				"riskprofile", "files", "notifications" })
package ru.opora.network;
