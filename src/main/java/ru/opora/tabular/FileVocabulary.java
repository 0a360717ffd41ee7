package ru.opora.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * File-format vocabulary: the words of the Russian templates that users fill in (column
 * titles and the values cells may hold), from {@code tabular/vocabulary.properties}. They
 * are part of the file format, the same whatever the interface language, and so are not
 * in the message bundles; the hints shown to users about them are (the
 * {@code …import.hint.*} messages).
 */
public final class FileVocabulary {

	private static final String RESOURCE = "/tabular/vocabulary.properties";

	private static final Properties WORDS = load();

	/** The school column: a school named as in the portal, by short name or by id. */
	public static final String SCHOOL = word("column.school");

	/** The subject column (results, teachers' diagnostics). */
	public static final String SUBJECT = word("column.subject");

	/** Cells that mean «no value» although not empty. */
	public static final Set<String> NO_VALUE = Set.of("-", "—", "–");

	private FileVocabulary() {
	}

	/**
	 * The word under {@code key}.
	 * @throws IllegalStateException when the vocabulary has no such key (a class using it
	 * then fails to load, at the first import test)
	 */
	public static String word(String key) {
		String value = WORDS.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("No word «" + key + "» in " + RESOURCE);
		}
		return value.strip();
	}

	/** The comma-separated words under {@code key}, each stripped. */
	public static List<String> words(String key) {
		return Arrays.stream(word(key).split(",")).map(String::strip).filter((w) -> !w.isEmpty()).toList();
	}

	/** A column of an import file titled by the word under {@code key}. */
	public static ImportColumn column(String key, boolean required, String hintKey) {
		return new ImportColumn(word(key), required, hintKey);
	}

	private static Properties load() {
		Properties words = new Properties();
		try (InputStream in = FileVocabulary.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
