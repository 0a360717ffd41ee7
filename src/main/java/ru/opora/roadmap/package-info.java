/**
 * Road maps: the municipal road map of a programme year (kept by the coordinator) and
 * each participant school's road map (one section per chosen risk factor), edited in
 * place by several people with row versions, a full change history, progress, evidence
 * and comments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Road maps", allowedDependencies = { "common", "web",
		"audit", "users", "schools", "mentoring", "programmes", "riskprofile", "files", "notifications", "tabular" })
package ru.opora.roadmap;
