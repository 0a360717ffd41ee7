/**
 * Concept documents of participant schools (Концепция развития, Среднесрочная программа,
 * Программы антирисковых мер, reports): versions, the review workflow, monitoring and
 * deadline reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "common", "web",
		"audit", "users", "schools", "mentoring", "programmes", "riskprofile", "files", "notifications" })
package ru.opora.documents;
