package ru.opora.roadmap;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.support.DefaultConversionService;

import ru.opora.support.TestMessages;
import ru.opora.web.Times;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The road-map table written in Java ({@link RoadMapTable}) against the Thymeleaf
 * {@code table} fragment it replaces (kept as
 * {@code src/test/resources/roadmap-rows/table.html}): the same markup, whitespace runs
 * taken as one space (a browser shows them so), for both kinds of road map, editable or
 * not, coordinator or not, both locales, and generated sections (empty ones, every RAG,
 * reviewed or not, next review due, passed or none, goal and tasks missing, markup in
 * every text) with a section's error or notice, a new row, a refused review's text, the
 * undo notice and the sections of factors no longer chosen.
 */
class RoadMapTableTests {

	static final String NASTY = "<script>alert('x')</script> & \"q\"";

	static final Locale RU = Locale.forLanguageTag("ru");

	ResourceBundleMessageSource messages = TestMessages.bundle();

	RoadMapRows rows = new RoadMapRows(this.messages);

	Times times = times(this.messages);

	RoadMapTable table = new RoadMapTable(this.messages, this.rows, this.times);

	SpringTemplateEngine engine = engine();

	GenericApplicationContext beans = beans();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theJavaTableIsTheThymeleafTable() {
		Random random = new Random(12);
		int compared = 0;
		for (Locale locale : List.of(RU, Locale.ENGLISH)) {
			for (RoadMapKind kind : RoadMapKind.values()) {
				for (boolean editable : new boolean[] { true, false }) {
					for (boolean coordinator : new boolean[] { true, false }) {
						for (int n = 0; n < 12; n++) {
							RoadMapDetails rm = details(random, kind, editable);
							RoadMapTable.State state = state(random, rm);
							String contextPath = random.nextBoolean() ? "" : "/ctx";
							assertSame(rm, state, coordinator, contextPath, locale);
							compared++;
						}
					}
				}
			}
		}
		assertThat(compared).isEqualTo(2 * 2 * 2 * 2 * 12);
	}

	@Test
	void anEmptyRoadMapAndOneWithoutState() {
		for (RoadMapKind kind : RoadMapKind.values()) {
			RoadMapDetails empty = new RoadMapDetails(4L, kind, null, null, null, true, List.of(),
					new Progress(0, 0, 0, 0, 0, Rag.GREEN), null);
			assertSame(empty, RoadMapTable.State.NONE, true, "", RU);
			RoadMapDetails one = details(new Random(3), kind, false);
			assertSame(one, RoadMapTable.State.NONE, false, "", RU);
		}
	}

	@Test
	void everyTextIsEscapedAndDatesAreRussian() {
		SectionView section = new SectionView(7L, NASTY, 3L, NASTY, NASTY, Rag.AMBER, NASTY,
				LocalDateTime.of(2026, 3, 14, 10, 15), NASTY, LocalDate.of(2026, 6, 1), true, 2,
				List.of(item(70L, 7L, MeasureStatus.POSTPONED, DueState.OVERDUE, NASTY)),
				new Progress(1, 0, 0, 1, 0, Rag.RED));
		RoadMapDetails rm = new RoadMapDetails(3L, RoadMapKind.SCHOOL, null, 5L, NASTY, true, List.of(section),
				new Progress(1, 0, 0, 1, 0, Rag.RED), item(71L, 7L, MeasureStatus.DONE, DueState.NONE, NASTY));
		RoadMapTable.State state = new RoadMapTable.State(Set.of(7L), 70L, null, null, 7L, "roadmap.template.applied",
				3, NASTY);
		LocaleContextHolder.setLocale(RU);
		String html = this.table.html(rm, state, true, "", RU);
		assertThat(html).doesNotContain("<script>")
			.doesNotContain("'x'")
			.doesNotContain("\"q\"")
			.doesNotContain(" & ")
			.contains("<span class=\"rm-section-title\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
					+ "&quot;q&quot;</span>")
			.contains("<span>01.06.2026</span>")
			.contains("14.03.2026 10:15 (МСК)")
			.contains("Из шаблона добавлено мероприятий: 3.");
		assertSame(rm, state, true, "", RU);
	}

	private void assertSame(RoadMapDetails rm, RoadMapTable.State state, boolean coordinator, String contextPath,
			Locale locale) {
		LocaleContextHolder.setLocale(locale);
		String java = this.table.html(rm, state, coordinator, contextPath, locale);
		String thymeleaf = thymeleaf(rm, state, coordinator, contextPath, locale);
		assertThat(thymeleaf)
			.contains("<div id=\"rm-table\" data-base=\"" + contextPath + "/roadmaps/" + rm.id() + "\"");
		assertThat(thymeleaf.split("<tbody id=\"section-", -1)).hasSize(rm.sections().size() + 1);
		assertThat(normalized(java))
			.as("%s %s editable=%s coordinator=%s %s %s", locale, rm.kind(), rm.editable(), coordinator, state, rm)
			.isEqualTo(normalized(thymeleaf));
	}

	private RoadMapDetails details(Random random, RoadMapKind kind, boolean editable) {
		List<SectionView> sections = new ArrayList<>();
		int count = random.nextInt(4);
		long itemId = 100;
		for (int i = 0; i < count; i++) {
			long id = 10 + i;
			List<ItemView> items = new ArrayList<>();
			int rows = (random.nextInt(3) == 0) ? 0 : random.nextInt(4) + 1;
			for (int r = 0; r < rows; r++) {
				items.add(item(itemId++, id, pick(random, MeasureStatus.values()), pick(random, DueState.values()),
						random.nextInt(5) == 0 ? NASTY : "Мероприятие " + itemId));
			}
			Rag rag = random.nextBoolean() ? null : pick(random, Rag.values());
			LocalDate next = switch (random.nextInt(3)) {
				case 0 -> null;
				case 1 -> LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
				default -> LocalDate.of(2025, 12, 31);
			};
			sections.add(new SectionView(id, random.nextInt(4) == 0 ? NASTY : "Раздел " + id,
					random.nextBoolean() ? null : id + 1, text(random, "Цель"), text(random, "Задача 1\nЗадача 2"), rag,
					(rag != null) ? text(random, "Пояснение") : null,
					(rag != null) ? LocalDateTime.of(2026, 2, 3, 4, 5) : null,
					(rag != null) ? text(random, "curator") : null, next, next != null && random.nextBoolean(),
					random.nextInt(7), items, progress(random)));
		}
		ItemView undoable = switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> item(999L, 10L, MeasureStatus.NOT_STARTED, DueState.NONE, null);
			default -> item(998L, 10L, MeasureStatus.DONE, DueState.NONE, text(random, "Удалённое"));
		};
		return new RoadMapDetails(3L, kind, null, (kind == RoadMapKind.SCHOOL) ? 5L : null,
				(kind == RoadMapKind.SCHOOL) ? "Школа" : null, editable, sections, progress(random), undoable);
	}

	private RoadMapTable.State state(Random random, RoadMapDetails rm) {
		List<Long> ids = rm.sections().stream().map(SectionView::id).toList();
		Long some = ids.isEmpty() ? 77L : ids.get(random.nextInt(ids.size()));
		Long item = rm.sections()
			.stream()
			.flatMap((s) -> s.items().stream())
			.map(ItemView::id)
			.findFirst()
			.orElse(null);
		Set<Long> unchosen = switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> Set.of();
			default -> Set.of(some);
		};
		return switch (random.nextInt(5)) {
			case 0 -> new RoadMapTable.State(unchosen, null, null, null, null, null, null, null);
			case 1 -> new RoadMapTable.State(unchosen, item, null, null, null, null, null, null);
			case 2 -> new RoadMapTable.State(unchosen, null, some, "roadmap.section.conflict", null, null, null,
					text(random, "Объяснение"));
			case 3 -> new RoadMapTable.State(unchosen, null, null, null, some, "roadmap.template.saved", null, null);
			default -> new RoadMapTable.State(unchosen, null, null, null, some, "roadmap.template.applied",
					random.nextInt(2000), null);
		};
	}

	private static Progress progress(Random random) {
		int total = random.nextInt(1500);
		int done = (total == 0) ? 0 : random.nextInt(total + 1);
		return new Progress(total, done, (total == 0) ? 0 : done * 100 / total,
				random.nextBoolean() ? 0 : random.nextInt(1200), random.nextBoolean() ? 0 : random.nextInt(30),
				pick(random, Rag.values()));
	}

	private static String text(Random random, String text) {
		return switch (random.nextInt(4)) {
			case 0 -> null;
			case 1 -> NASTY;
			default -> text;
		};
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static ItemView item(long id, long sectionId, MeasureStatus status, DueState due, String text) {
		return new ItemView(id, sectionId, (int) id, text, text, null, "в теч. года", text, text, text, text, status,
				(status == MeasureStatus.POSTPONED) ? text : null, text, due, "user",
				LocalDateTime.of(2026, 11, 10, 10, 0), id % 5, (int) id % 4, (int) id % 3);
	}

	private String thymeleaf(RoadMapDetails rm, RoadMapTable.State state, boolean coordinator, String contextPath,
			Locale locale) {
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, new DefaultConversionService()));
		context.setVariable("contextPath", contextPath);
		context.setVariable("rm", rm);
		context.setVariable("unchosenSections", state.unchosenSections());
		context.setVariable("newItemId", state.newItemId());
		context.setVariable("sectionErrorId", state.sectionErrorId());
		context.setVariable("sectionError", state.sectionError());
		context.setVariable("sectionNoticeId", state.sectionNoticeId());
		context.setVariable("sectionNotice", state.sectionNotice());
		context.setVariable("sectionNoticeArg", state.sectionNoticeArg());
		context.setVariable("reviewExplanation", state.reviewExplanation());
		context.setVariable("coordinator", coordinator);
		context.setVariable("rags", Rag.values());
		return this.engine.process("table", Set.of("table"), context);
	}

	/**
	 * Every run of whitespace one space.
	 */
	private static String normalized(String html) {
		return html.replaceAll("\\s+", " ").trim();
	}

	private GenericApplicationContext beans() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean("roadMapRows", RoadMapRows.class, () -> this.rows);
		context.registerBean("times", Times.class, () -> this.times);
		context.refresh();
		return context;
	}

	private static Times times(MessageSource messages) {
		try {
			Constructor<Times> constructor = Times.class.getDeclaredConstructor(MessageSource.class, Clock.class);
			constructor.setAccessible(true);
			return constructor.newInstance(messages,
					Clock.fixed(Instant.parse("2026-11-10T07:00:00Z"), ZoneId.of("Europe/Moscow")));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("roadmap-rows/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(this.messages);
		// links as @{…} writes them in the portal: the context path first (no servlet
		// request here)
		engine.setLinkBuilder(new StandardLinkBuilder() {
			@Override
			protected String computeContextPath(IExpressionContext context, String base,
					Map<String, Object> parameters) {
				return (String) context.getVariable("contextPath");
			}
		});
		return engine;
	}

}
