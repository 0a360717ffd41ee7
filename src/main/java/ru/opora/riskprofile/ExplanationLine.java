package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of «how this significance came about», stored with the profile factor as a
 * JSON array of these lines (named fields, so a file name may hold any character) and
 * shown through messages:
 * <ul>
 * <li>{@code FILE}: the row of an imported file and the significance it gave;</li>
 * <li>{@code FILE_MISSING}: the imported file had no row for the factor;</li>
 * <li>{@code SURVEY_GROUP}: a respondent group's weighted mean risk score and the
 * questions it came from;</li>
 * <li>{@code SURVEY_FEW}: a group with too few respondents;</li>
 * <li>{@code SURVEY_TOTAL}: the factor's score against the thresholds;</li>
 * <li>{@code SURVEY_NONE}: no survey data.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExplanationLine(Kind kind, String fileName, Integer row, Significance significance, String group,
		Integer respondents, Integer minimum, BigDecimal score, String questions, BigDecimal high, BigDecimal medium) {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final TypeReference<List<ExplanationLine>> LIST = new TypeReference<>() {
	};

	public enum Kind {

		FILE, FILE_MISSING, SURVEY_GROUP, SURVEY_FEW, SURVEY_TOTAL, SURVEY_NONE

	}

	static ExplanationLine file(String fileName, int row, Significance significance) {
		return new ExplanationLine(Kind.FILE, fileName, row, significance, null, null, null, null, null, null, null);
	}

	static ExplanationLine fileMissing(String fileName) {
		return new ExplanationLine(Kind.FILE_MISSING, fileName, null, null, null, null, null, null, null, null, null);
	}

	static ExplanationLine group(String group, int respondents, BigDecimal score, String questions) {
		return new ExplanationLine(Kind.SURVEY_GROUP, null, null, null, group, respondents, null, score, questions,
				null, null);
	}

	static ExplanationLine few(String group, int respondents, int minimum) {
		return new ExplanationLine(Kind.SURVEY_FEW, null, null, null, group, respondents, minimum, null, null, null,
				null);
	}

	static ExplanationLine total(BigDecimal score, BigDecimal high, BigDecimal medium) {
		return new ExplanationLine(Kind.SURVEY_TOTAL, null, null, null, null, null, null, score, null, high, medium);
	}

	static ExplanationLine none() {
		return new ExplanationLine(Kind.SURVEY_NONE, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The lines as stored (a JSON array).
	 */
	static String toJson(List<ExplanationLine> lines) {
		return (lines == null) ? null : JSON.writeValueAsString(lines);
	}

	/**
	 * The stored lines; nothing for no or unreadable text (never an error on the page).
	 */
	static List<ExplanationLine> fromJson(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			List<ExplanationLine> lines = JSON.readValue(json, LIST);
			return (lines != null) ? lines.stream().filter((l) -> l != null && l.kind() != null).toList() : List.of();
		}
		catch (JacksonException ex) {
			return List.of();
		}
	}

}
