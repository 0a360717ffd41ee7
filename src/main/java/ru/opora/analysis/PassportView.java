package ru.opora.analysis;

/**
 * A stored social passport for the form: the figures and the version.
 */
public record PassportView(PassportFigures figures, long version) {

	static PassportView of(SocialPassport p) {
		return new PassportView(p.figures(), p.getVersion());
	}

}
