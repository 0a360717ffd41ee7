package ru.opora.analysis;

/**
 * Social axis: favourable (ИСБШ at or over the threshold), adverse (below: ШФНСУ), or no
 * social passport. Shown through {@code SocialContext.<CONSTANT>}.
 */
public enum SocialContext {

	FAVOURABLE, ADVERSE, NO_DATA

}
