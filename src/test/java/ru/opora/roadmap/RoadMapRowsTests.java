package ru.opora.roadmap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The road map's rows written in Java ({@link RoadMapRows}) against the Thymeleaf row
 * fragment they replace (kept as {@code src/test/resources/roadmap-rows/row.html}): the
 * same markup, apart from whitespace, for every status, due state, kind, editable or not,
 * focus, locale; every text escaped.
 */
class RoadMapRowsTests {

	static final String NASTY = "<script>alert('x')</script> & \"q\"";

	RoadMapRows rows = new RoadMapRows(TestMessages.bundle());

	SpringTemplateEngine engine = engine();

	@Test
	void theJavaRowsAreTheThymeleafRows() {
		int compared = 0;
		for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
			for (RoadMapKind kind : RoadMapKind.values()) {
				for (boolean editable : new boolean[] { true, false }) {
					for (ItemView item : items()) {
						for (ItemField focus : new ItemField[] { null, ItemField.DUE }) {
							for (Long newItemId : new Long[] { null, item.id(), item.id() + 1 }) {
								String java = this.rows.row(kind, editable, item, focus, newItemId, locale);
								String thymeleaf = thymeleaf(kind, editable, item, focus, newItemId, locale);
								assertThat(normalized(java))
									.as("%s %s editable=%s item %s focus %s new %s", locale, kind, editable, item,
											focus, newItemId)
									.isEqualTo(normalized(thymeleaf));
								compared++;
							}
						}
					}
				}
			}
		}
		assertThat(compared).isEqualTo(2 * 2 * 2 * items().size() * 2 * 3);
	}

	@Test
	void everyTextIsEscaped() {
		ItemView item = item(7L, MeasureStatus.POSTPONED, DueState.OVERDUE, NASTY, null, NASTY);
		for (RoadMapKind kind : RoadMapKind.values()) {
			String html = this.rows.row(kind, true, item, null, null, Locale.forLanguageTag("ru"));
			assertThat(html).doesNotContain("<script>")
				.doesNotContain("'x'")
				.doesNotContain("\"q\"")
				.doesNotContain(" & ")
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
			// every text cell and the postponement reason: the escaped text once per cell
			int texts = kind.fields().size() - 1;
			assertThat(html.split("&lt;script&gt;", -1)).hasSize(texts + 1);
			assertThat(normalized(html))
				.isEqualTo(normalized(thymeleaf(kind, true, item, null, null, Locale.forLanguageTag("ru"))));
		}
	}

	@Test
	void aSectionIsItsRowsWithTheSchoolsDetailRowsAndTheNewRowFocused() {
		List<ItemView> items = items().subList(0, 3);
		SectionView section = new SectionView(5L, "Раздел", null, null, null, null, null, null, null, null, false, 0,
				items, null);
		Locale ru = Locale.forLanguageTag("ru");
		RoadMapDetails school = new RoadMapDetails(9L, RoadMapKind.SCHOOL, null, 2L, "Школа", true, List.of(section),
				null, null);
		Long newId = items.get(1).id();
		StringBuilder expected = new StringBuilder();
		for (ItemView i : items) {
			expected.append(this.rows.row(RoadMapKind.SCHOOL, true, i, null, newId, ru))
				.append("<tr class=\"rm-detail\" id=\"detail-")
				.append(i.id())
				.append("\"></tr>");
		}
		String html = this.rows.section(school, section, newId, ru);
		assertThat(normalized(html)).isEqualTo(normalized(expected.toString()));
		assertThat(html).containsOnlyOnce("data-focus=\"cell-" + newId + "-task\"");

		RoadMapDetails municipal = new RoadMapDetails(1L, RoadMapKind.MUNICIPAL, null, null, null, false,
				List.of(section), null, null);
		String plain = this.rows.section(municipal, section, null, ru);
		assertThat(plain).doesNotContain("rm-detail").doesNotContain("data-focus").doesNotContain("rm-actions");
		assertThat(plain.split("<tr ", -1)).hasSize(items.size() + 1);
	}

	private String thymeleaf(RoadMapKind kind, boolean editable, ItemView item, ItemField focus, Long newItemId,
			Locale locale) {
		Context context = new Context(locale);
		context.setVariable("rm", new RoadMapRef(3L, kind, editable));
		context.setVariable("item", item);
		context.setVariable("focusField", focus);
		context.setVariable("newItemId", newItemId);
		return this.engine.process("row", Set.of("row"), context);
	}

	/**
	 * Whitespace between tags dropped, any other run of it one space.
	 */
	private static String normalized(String html) {
		return html.replaceAll("\\s+", " ").replaceAll("> <", "><").replaceAll(" >", ">").trim();
	}

	private static List<ItemView> items() {
		List<ItemView> items = new ArrayList<>();
		long id = 100;
		for (MeasureStatus status : MeasureStatus.values()) {
			for (DueState due : DueState.values()) {
				items.add(item(id++, status, due, "Мероприятие " + id, "в теч. года", null));
			}
		}
		items.add(item(id++, MeasureStatus.POSTPONED, DueState.NONE, null, null, "перенесено на весну"));
		items.add(item(id++, MeasureStatus.DONE, DueState.DUE_SOON, NASTY, NASTY, NASTY));
		ItemView counted = item(id, MeasureStatus.IN_PROGRESS, DueState.NONE, "x", null, null);
		items.add(new ItemView(counted.id(), counted.sectionId(), 1, "Задача", counted.action(),
				LocalDate.of(2026, 12, 31), null, "Ответственный", "Участники", "Показатель", "Результат",
				counted.status(), null, "отметка", counted.dueState(), "user", LocalDateTime.of(2026, 11, 10, 10, 0),
				12345, 1234, 7));
		return items;
	}

	private static ItemView item(long id, MeasureStatus status, DueState due, String text, String dueText,
			String reason) {
		return new ItemView(id, 40 + id % 3, (int) id, text, text, null, dueText, text, text, text, text, status,
				reason, text, due, "user", LocalDateTime.of(2026, 11, 10, 10, 0), id % 5, (int) id % 4, (int) id % 3);
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("roadmap-rows/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(TestMessages.bundle());
		return engine;
	}

}
