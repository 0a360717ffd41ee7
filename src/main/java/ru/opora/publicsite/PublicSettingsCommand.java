package ru.opora.publicsite;

/**
 * The coordinator's choice for the municipality's public page.
 */
record PublicSettingsCommand(String slug, boolean enabled, boolean programmes, boolean schools, boolean documents,
		boolean roadMap, boolean events, boolean indicators, Long version) {

}
