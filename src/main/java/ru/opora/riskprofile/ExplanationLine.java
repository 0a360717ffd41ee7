package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of «how this significance came about», stored compactly with the profile
 * factor and shown through messages:
 * <ul>
 * <li>{@code file|name|row|SIGNIFICANCE}: row of an imported file;</li>
 * <li>{@code file-missing|name}: the imported file had no row for the factor;</li>
 * <li>{@code survey|GROUP:respondents:score:questions|…}: a respondent group's weighted
 * mean risk score and the questions it came from;</li>
 * <li>{@code …|GROUP:few:respondents:minimum}: a group with too few respondents;</li>
 * <li>{@code …|total:score:high:medium}: the factor's score against the thresholds.</li>
 * </ul>
 */
public record ExplanationLine(Kind kind, String fileName, Integer row, Significance significance, String group,
		Integer respondents, Integer minimum, BigDecimal score, String questions, BigDecimal high, BigDecimal medium) {

	public enum Kind {

		FILE, FILE_MISSING, SURVEY_GROUP, SURVEY_FEW, SURVEY_TOTAL, SURVEY_NONE

	}

	static List<ExplanationLine> parse(String text) {
		List<ExplanationLine> out = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		String[] parts = text.split("\\|", -1);
		switch (parts[0]) {
			case "file" -> out.add(new ExplanationLine(Kind.FILE, parts[1], Integer.valueOf(parts[2]),
					Significance.valueOf(parts[3]), null, null, null, null, null, null, null));
			case "file-missing" -> out.add(new ExplanationLine(Kind.FILE_MISSING, parts[1], null, null, null, null,
					null, null, null, null, null));
			case "survey" -> {
				for (int i = 1; i < parts.length; i++) {
					String[] p = parts[i].split(":", -1);
					if ("total".equals(p[0])) {
						out.add(new ExplanationLine(Kind.SURVEY_TOTAL, null, null, null, null, null, null,
								new BigDecimal(p[1]), null, new BigDecimal(p[2]), new BigDecimal(p[3])));
					}
					else if ("none".equals(p[0])) {
						out.add(new ExplanationLine(Kind.SURVEY_NONE, null, null, null, null, null, null, null, null,
								null, null));
					}
					else if ("few".equals(p[1])) {
						out.add(new ExplanationLine(Kind.SURVEY_FEW, null, null, null, p[0], Integer.valueOf(p[2]),
								Integer.valueOf(p[3]), null, null, null, null));
					}
					else {
						out.add(new ExplanationLine(Kind.SURVEY_GROUP, null, null, null, p[0], Integer.valueOf(p[1]),
								null, new BigDecimal(p[2]), p[3], null, null));
					}
				}
			}
			default -> {
				// unknown: nothing to show
			}
		}
		return out;
	}

}
