package ru.opora.publicsite;

/**
 * The settings page's view of a municipality's public page ({@code exists} false: never
 * saved, shown with defaults).
 */
record PublicSettings(Long municipalityId, String municipalityName, boolean exists, String slug, boolean enabled,
		Sections sections, Long version, boolean editable) {

}
