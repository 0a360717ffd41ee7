package ru.opora.roadmap;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing together: two sessions on one row, many threads on one row, history, undo,
 * reviews, and the export.
 */
class RoadMapEditingIntegrationTests extends PortalIntegrationTest {

	@Autowired
	RoadMapService roadMaps;

	@Autowired
	RoadMapRowService rows;

	@Autowired
	UserDetailsService users;

	long year;

	long municipal;

	long zhidka;

	@BeforeEach
	void setUp() {
		this.year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2022'", Long.class);
		this.municipal = this.jdbc.queryForObject(
				"select id from road_map where programme_year_id = ? and school_id is null", Long.class, this.year);
		this.zhidka = this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, this.year, this.demo.school("Жидкинская ООШ"));
	}

	long newRow(long map, String user) throws Exception {
		long section = this.jdbc.queryForObject("select min(id) from road_map_section where road_map_id = ?",
				Long.class, map);
		this.mvc.perform(post("/roadmaps/{id}/sections/{s}/items", map, section).with(this.demo.as(user)).with(csrf()))
			.andExpect(status().isOk());
		return this.jdbc.queryForObject("select max(id) from road_map_item where road_map_id = ?", Long.class, map);
	}

	long version(long item) {
		return this.jdbc.queryForObject("select version from road_map_item where id = ?", Long.class, item);
	}

	@Test
	void secondSessionIsRefusedWithBothValuesAndMayKeepItsOwn() throws Exception {
		long item = newRow(this.municipal, "coordinator");
		long seen = version(item);
		// both open the cell at the same version
		this.mvc
			.perform(get("/roadmaps/{id}/items/{i}/edit", this.municipal, item).param("field", "action")
				.with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", this.municipal, item).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("field", "action")
				.param("value", "Семинар для директоров")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isOk());
		String conflict = this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", this.municipal, item).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("field", "action")
				.param("value", "Вебинар для учителей")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Ваше значение")
			.contains("Вебинар для учителей")
			.contains("Сейчас в карте")
			.contains("Семинар для директоров")
			.contains("Сохранить моё")
			.contains("Оставить текущее");
		assertThat(this.jdbc.queryForObject("select action from road_map_item where id = ?", String.class, item))
			.isEqualTo("Семинар для директоров");
		// «Сохранить моё» sends the user's value with the current version
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", this.municipal, item).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("field", "action")
				.param("value", "Вебинар для учителей")
				.param("version", String.valueOf(version(item))))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select action from road_map_item where id = ?", String.class, item))
			.isEqualTo("Вебинар для учителей");
		List<String> history = this.jdbc.queryForList(
				"select coalesce(old_value, '—') || ' → ' || new_value from road_map_change where item_id = ? and field = 'action' order by id",
				String.class, item);
		assertThat(history).containsExactly("— → Семинар для директоров",
				"Семинар для директоров → Вебинар для учителей");
		String page = this.mvc
			.perform(get("/roadmaps/{id}/history", this.municipal).param("item", String.valueOf(item))
				.with(this.demo.as("observer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Семинар для директоров").contains("Вебинар для учителей").contains("coordinator");
	}

	@Test
	void aThousandInterleavedEditsLoseNothing() throws Exception {
		long item = newRow(this.municipal, "coordinator");
		long startVersion = version(item);
		UserDetails coordinator = this.users.loadUserByUsername("coordinator");
		int threads = 4;
		int perThread = 250;
		List<String> saved = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger conflicts = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			futures.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(
							new UsernamePasswordAuthenticationToken(coordinator, null, coordinator.getAuthorities()));
				start.await();
				for (int i = 0; i < perThread; i++) {
					String value = "t" + thread + "-" + i;
					long v = this.roadMaps.item(this.municipal, item).version();
					try {
						this.rows.editCell(this.municipal, item, ItemField.INDICATOR, value, null, v);
						saved.add(value);
					}
					catch (CellConflictException | ObjectOptimisticLockingFailureException ex) {
						conflicts.incrementAndGet();
					}
				}
				SecurityContextHolder.clearContext();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		assertThat(saved.size() + conflicts.get()).isEqualTo(threads * perThread);
		assertThat(saved).isNotEmpty();
		// every successful edit is in the history, in the order of the versions
		List<String> history = this.jdbc.queryForList(
				"select new_value from road_map_change where item_id = ? and field = 'indicator' order by id",
				String.class, item);
		assertThat(history).containsExactlyInAnyOrderElementsOf(saved);
		// the history is a chain: each change starts from the value the previous one left
		List<String> olds = this.jdbc.queryForList(
				"select coalesce(old_value, '') from road_map_change where item_id = ? and field = 'indicator' order by id",
				String.class, item);
		for (int i = 1; i < history.size(); i++) {
			assertThat(olds.get(i)).isEqualTo(history.get(i - 1));
		}
		assertThat(version(item)).isEqualTo(startVersion + saved.size());
		assertThat(this.jdbc.queryForObject("select indicator from road_map_item where id = ?", String.class, item))
			.isEqualTo(history.get(history.size() - 1));
	}

	@Test
	void rowsAreAddedMovedDeletedAndBroughtBack() throws Exception {
		long first = newRow(this.zhidka, "school");
		long second = newRow(this.zhidka, "school");
		int p1 = position(first);
		int p2 = position(second);
		assertThat(p2).isGreaterThan(p1);
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/move", this.zhidka, second).param("dir", "up")
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(position(second)).isEqualTo(p1);
		assertThat(position(first)).isEqualTo(p2);
		String table = this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/delete", this.zhidka, second).with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(table).contains("rm-undo-button").doesNotContain("id=\"item-" + second + "\"");
		// the curator sees no undo of the school's delete
		assertThat(this.mvc.perform(get("/roadmaps/{id}/table", this.zhidka).with(this.demo.as("curator2")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("rm-undo-button");
		this.mvc.perform(post("/roadmaps/{id}/undo", this.zhidka).with(this.demo.as("school")).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select deleted_at is null from road_map_item where id = ?", Boolean.class,
				second))
			.isTrue();
		assertThat(position(second)).isEqualTo(p1);
		assertThat(this.jdbc.queryForList("select action from road_map_change where item_id = ? order by id",
				String.class, second))
			.containsExactly("CREATE", "MOVE", "DELETE", "RESTORE");
	}

	@Test
	void postponingNeedsAReasonAndADateDrivesTheDeadlineState() throws Exception {
		long item = newRow(this.zhidka, "curator2");
		String refused = this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", this.zhidka, item).with(this.demo.as("curator2"))
				.with(csrf())
				.param("field", "status")
				.param("value", "POSTPONED")
				.param("version", String.valueOf(version(item))))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Укажите причину переноса");
		this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", this.zhidka, item).with(this.demo.as("curator2"))
				.with(csrf())
				.param("field", "status")
				.param("value", "POSTPONED")
				.param("reason", "Карантин")
				.param("version", String.valueOf(version(item))))
			.andExpect(status().isOk());
		String row = this.mvc
			.perform(post("/roadmaps/{id}/items/{i}/cell", this.zhidka, item).with(this.demo.as("curator2"))
				.with(csrf())
				.param("field", "due")
				.param("value", "01.01.2020")
				.param("version", String.valueOf(version(item))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row).contains("rm-overdue").contains("просрочено").contains("перенесено").contains("Карантин");
	}

	@Test
	void aReviewNeedsAnExplanationAndAFutureDate() throws Exception {
		long section = this.jdbc.queryForObject("select max(id) from road_map_section where road_map_id = ?",
				Long.class, this.zhidka);
		long v = this.jdbc.queryForObject("select version from road_map_section where id = ?", Long.class, section);
		String refused = this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/review", this.zhidka, section).with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(v))
				.param("rag", "AMBER")
				.param("explanation", " ")
				.param("nextReview", "2099-01-01"))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Кратко поясните оценку");
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/review", this.zhidka, section).with(this.demo.as("curator2"))
				.with(csrf())
				.param("version", String.valueOf(v))
				.param("rag", "AMBER")
				.param("explanation", "Отстаём по ИОМ")
				.param("nextReview", "2099-01-01"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select rag || ': ' || rag_explanation from road_map_section where id = ?",
				String.class, section))
			.isEqualTo("AMBER: Отстаём по ИОМ");
		// a stale version is refused
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/review", this.zhidka, section).with(this.demo.as("school"))
				.with(csrf())
				.param("version", String.valueOf(v))
				.param("rag", "GREEN")
				.param("explanation", "Всё хорошо")
				.param("nextReview", "2099-01-01"))
			.andExpect(status().isConflict());
		String monitoring = this.mvc
			.perform(get("/programmes/{y}/roadmaps", this.year).with(this.demo.as("coordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(monitoring).contains("Жидкинская ООШ").contains("Ундино-Посельская СОШ");
	}

	@Test
	void exportReopensWithTheSameRows() throws Exception {
		byte[] bytes = this.mvc
			.perform(get("/roadmaps/{id}/export.xlsx", this.municipal).with(this.demo.as("observer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> actions = this.jdbc.queryForList("""
				select coalesce(i.action, '') from road_map_item i join road_map_section s on s.id = i.section_id
				where i.road_map_id = ? and i.deleted_at is null order by s.position, s.id, i.position, i.id""",
				String.class, this.municipal);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Описание действий");
			List<String> exported = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(1) != null) {
					exported.add(row.getCell(1).getStringCellValue());
				}
			}
			assertThat(exported).containsExactlyElementsOf(actions);
		}
	}

	int position(long item) {
		return this.jdbc.queryForObject("select position from road_map_item where id = ?", Integer.class, item);
	}

}
