package ru.opora.schools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ru.opora.tabular.Cells;
import ru.opora.tabular.ImportColumn;

/**
 * Finds the school a file names, among the schools the importing user may import for: by
 * id, by full name or by short name, ignoring case, quotes («», "") and extra spaces. A
 * name two schools share is ambiguous (then the id or the full name helps). Used by every
 * import whose file has a school column ({@link ru.opora.tabular.FileVocabulary#SCHOOL}).
 */
public final class SchoolDirectory {

	private final Map<Long, SchoolFacts> byId = new HashMap<>();

	private final Map<String, Set<Long>> byName = new HashMap<>();

	public SchoolDirectory(List<SchoolFacts> schools) {
		for (SchoolFacts s : schools) {
			this.byId.put(s.id(), s);
			this.byName.computeIfAbsent(normalize(s.name()), (k) -> new LinkedHashSet<>()).add(s.id());
			this.byName.computeIfAbsent(normalize(s.shortName()), (k) -> new LinkedHashSet<>()).add(s.id());
		}
	}

	/**
	 * The school of the cell, or null with a problem recorded.
	 */
	public Long resolve(Cells cells, ImportColumn column) {
		String text = cells.text(column);
		if (text.isEmpty()) {
			cells.problem(column, "tabular.problem.required");
			return null;
		}
		if (isDigits(text)) {
			Long id = Long.valueOf(text);
			if (this.byId.containsKey(id)) {
				return id;
			}
		}
		Set<Long> ids = this.byName.getOrDefault(normalize(text), Set.of());
		if (ids.size() == 1) {
			return ids.iterator().next();
		}
		if (ids.isEmpty()) {
			cells.problem(column, "schools.import.unknownSchool", text);
		}
		else {
			cells.problem(column, "schools.import.ambiguousSchool", text);
		}
		return null;
	}

	private static boolean isDigits(String text) {
		if (text.length() > 18) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	public SchoolFacts school(Long id) {
		return this.byId.get(id);
	}

	public List<SchoolFacts> schools() {
		return new ArrayList<>(this.byId.values());
	}

	static String normalize(String name) {
		StringBuilder out = new StringBuilder();
		boolean space = false;
		for (char c : name.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
			if ("«»\"“”„'’`".indexOf(c) >= 0) {
				continue;
			}
			if (Character.isWhitespace(c) || c == '\u00A0') {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		return out.toString();
	}

}
