package ru.opora.tabular;

import java.util.Set;

/**
 * File-format vocabulary shared by several imports: the words of the Russian templates
 * that users fill in. They are part of the file format, the same whatever the interface
 * language, and so live in code rather than in the message bundles. Words that belong to
 * one file only stay with that file's format in its module (documented there as
 * file-format vocabulary).
 */
public final class FileVocabulary {

	/** The school column: a school named as in the portal, by short name or by id. */
	public static final String SCHOOL = "Школа";

	/** The subject column (results, teachers' diagnostics). */
	public static final String SUBJECT = "Предмет";

	/** Cells that mean «no value» although not empty. */
	public static final Set<String> NO_VALUE = Set.of("-", "—", "–");

	private FileVocabulary() {
	}

}
