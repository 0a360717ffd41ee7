package ru.opora.publicsite;

/**
 * Which sections a public page shows.
 */
public record Sections(boolean programmes, boolean schools, boolean documents, boolean roadMap, boolean events,
		boolean indicators) {

	static Sections all() {
		return new Sections(true, true, true, true, true, true);
	}

}
