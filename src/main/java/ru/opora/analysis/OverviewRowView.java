package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.thymeleaf.expression.Numbers;

/**
 * A row of the «Анализ школ» table with its texts already resolved, so that the template
 * only writes them out (a page of 50 rows would otherwise evaluate some 1,500
 * expressions).
 */
record OverviewRowView(Long id, String shortName, String municipalityName, boolean persistentlyLow, String low,
		String share, String wellbeing, SchoolGroup group, String groupLabel, List<HistoryView> history, String trend,
		boolean participant, String participantLabel) {

	/** A former year: its group (the badge's colour and title) and its level. */
	record HistoryView(int year, SchoolGroup group, String title, String mark) {

	}

	/**
	 * The views of a page of rows; {@code participant} tells the schools that take part
	 * in the chosen programme year (none without one).
	 */
	static List<OverviewRowView> of(List<OverviewRow> rows, Predicate<Long> participant, MessageSource messages,
			Locale locale) {
		Labels labels = new Labels(messages, locale);
		return rows.stream().map((row) -> {
			YearClassification c = row.current();
			String none = labels.get("common.none");
			String low = (c != null && c.results() != null) ? c.results().low() + " / " + c.results().counted() : none;
			List<HistoryView> history = row.history()
				.stream()
				.map((h) -> new HistoryView(h.year(), h.group(), labels.group(h.group()),
						labels.get((h.level() == ResultLevel.LOW) ? "analysis.overview.lowShort"
								: "analysis.overview.okShort")))
				.toList();
			return new OverviewRowView(row.school().id(), row.school().shortName(), row.school().municipalityName(),
					row.persistentlyLow(), low, labels.one((c != null) ? c.decisiveShare() : null),
					labels.one((c != null) ? c.wellbeingIndex() : null), row.group(), labels.group(row.group()),
					history, labels.get("Trend." + row.trend().name()), participant.test(row.school().id()), messages
						.getMessage("analysis.participants.mark", new Object[] { row.school().shortName() }, locale));
		}).toList();
	}

	/** Messages resolved once per page. */
	private static final class Labels {

		private final MessageSource messages;

		private final Locale locale;

		private final Numbers numbers;

		private final Map<String, String> cache = new HashMap<>();

		private final Map<SchoolGroup, String> groups = new EnumMap<>(SchoolGroup.class);

		Labels(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
			this.numbers = new Numbers(locale);
		}

		String get(String key) {
			return this.cache.computeIfAbsent(key, (k) -> this.messages.getMessage(k, null, this.locale));
		}

		String group(SchoolGroup group) {
			return this.groups.computeIfAbsent(group, (g) -> get("SchoolGroup." + g.name()));
		}

		/**
		 * A number with one decimal (as {@code #numbers.formatDecimal(v, 1, 1)}), or a
		 * dash.
		 */
		String one(BigDecimal value) {
			return (value != null) ? this.numbers.formatDecimal(value, 1, 1) : get("common.none");
		}

	}

}
