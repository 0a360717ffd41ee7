/**
 * The public page of a municipality ({@code /public/{slug}}, issue 10): no login, only
 * aggregates (programmes, participant schools' names, the share of approved documents,
 * the municipal road map's progress, public indicators, upcoming events) and the
 * documents a school marked public; the coordinator's settings; a small JSON endpoint for
 * schools' own sites. Reads the other modules through their public read APIs and writes
 * only its own table. Indicators come through
 * {@link ru.opora.publicsite.PublicIndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public pages", allowedDependencies = { "common", "web",
		"audit", "users", "schools", "programmes", "documents", "roadmap", "network", "files" })
package ru.opora.publicsite;
