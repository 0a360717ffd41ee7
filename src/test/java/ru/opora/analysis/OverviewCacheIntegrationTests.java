package ru.opora.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.common.DataChangeCompaction;
import ru.opora.schools.SchoolScope;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * «Анализ школ» keeps its overview per data version and scope: another filter, page or
 * the chart of the same scope computes nothing; a change of results or of a school record
 * shows on the next view; each coordinator sees their own municipality only; and
 * compaction of the change tables moves no version, so it drops no cache, while a change
 * after it still does. The test makes a region of its own with two municipalities.
 */
class OverviewCacheIntegrationTests extends PortalIntegrationTest {

	@Autowired
	OverviewCache overviews;

	@Autowired
	Classifier classifier;

	@Autowired
	AnalysisData analysisData;

	@Autowired
	DataChangeCompaction compaction;

	@Autowired
	PlatformTransactionManager transactions;

	String tag;

	long region;

	String coordinator;

	String otherCoordinator;

	String observer;

	long firstSchool;

	@BeforeEach
	void regionOfTheirOwn() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Край обзора " + this.tag);
		this.region = region;
		long municipality = municipality(region, "Первый");
		long other = municipality(region, "Второй");
		this.coordinator = "ovc-" + this.tag;
		this.otherCoordinator = "ovc2-" + this.tag;
		this.observer = "ovo-" + this.tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор', 'COORDINATOR', ?, ?),
				       (?, '{noop}unused', 'Координатор 2', 'COORDINATOR', ?, ?),
				       (?, '{noop}unused', 'Наблюдатель', 'REGIONAL_OBSERVER', ?, null)""", this.coordinator, region,
				municipality, this.otherCoordinator, region, other, this.observer, region);
		this.firstSchool = this.jdbc.queryForObject("select min(id) from school where municipality_id = ?", Long.class,
				municipality);
	}

	/**
	 * The region leaves with its results and passports: the administrator's «Анализ школ»
	 * of other tests counts the schools with data.
	 */
	@AfterEach
	void removeTheRegion() {
		String ofRegion = "school_id in (select s.id from school s join municipality m on m.id = s.municipality_id"
				+ " where m.region_id = ?)";
		this.jdbc.update("delete from assessment_result where " + ofRegion, this.region);
		this.jdbc.update("delete from social_passport where " + ofRegion, this.region);
		this.jdbc.update("delete from app_user where region_id = ?", this.region);
		this.jdbc.update(
				"delete from school where municipality_id in (select id from municipality where region_id = ?)",
				this.region);
		this.jdbc.update("delete from municipality where region_id = ?", this.region);
		this.jdbc.update("delete from region where id = ?", this.region);
	}

	private long municipality(long region, String name) {
		long id = this.jdbc.queryForObject("insert into municipality (region_id, name) values (?, ?) returning id",
				Long.class, region, name + " округ " + this.tag);
		this.jdbc.update("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name)
				select ?, 'МКОУ «' || ? || ' ' || n || ' ' || ? || '»', ? || ' ' || n || ' ' || ?, 'SOSH', 'RURAL',
				       'с. Н', 'Д'
				from generate_series(1, 3) n""", id, name, this.tag, name, this.tag);
		this.jdbc.update("""
				insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
				select id, 2025, 'VPR', 'Математика', 5, 30, 40 from school where municipality_id = ?""", id);
		return id;
	}

	@Test
	void otherFiltersPagesAndTheChartComputeNothingUntilTheDataChange() throws Exception {
		String page = body(this.coordinator, "/analysis");
		assertThat(page).contains("Первый 1 " + this.tag).doesNotContain("Второй 1 " + this.tag);
		long computed = this.overviews.computedOverviews();
		assertThat(body(this.coordinator, "/analysis?group=NO_DATA")).contains("Первый 2 " + this.tag);
		assertThat(this.mvc.perform(get("/analysis").param("q", "Первый 3").with(this.demo.as(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Первый 3 " + this.tag)
			.doesNotContain("Первый 2 " + this.tag);
		assertThat(body(this.coordinator, "/analysis?page=1")).contains("Найдено: 3");
		assertThat(body(this.coordinator, "/analysis/chart")).contains("\"year\":2025");
		assertThat(this.overviews.computedOverviews()).isEqualTo(computed);

		// another coordinator of the region: another scope, another overview, own schools
		// only
		assertThat(body(this.otherCoordinator, "/analysis")).contains("Второй 1 " + this.tag)
			.doesNotContain("Первый 1 " + this.tag);
		assertThat(this.overviews.computedOverviews()).isEqualTo(computed + 1);
		assertThat(body(this.observer, "/analysis")).contains("Второй 1 " + this.tag).contains("Первый 1 " + this.tag);
		assertThat(this.overviews.computedOverviews()).isEqualTo(computed + 2);

		// a school renamed (its record, not results): the next view shows the new name
		this.jdbc.update("update school set short_name = ? where id = ?", "Переименованная " + this.tag,
				this.firstSchool);
		assertThat(body(this.coordinator, "/analysis")).contains("Переименованная " + this.tag)
			.doesNotContain("Первый 1 " + this.tag);
		assertThat(this.overviews.computedOverviews()).isEqualTo(computed + 3);

		// new results (an import): a new year appears
		this.jdbc.update("""
				insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
				values (?, 2026, 'VPR', 'Математика', 5, 30, 10)""", this.firstSchool);
		assertThat(body(this.coordinator, "/analysis")).contains("Анализ школ, 2026");
		assertThat(this.overviews.computedOverviews()).isEqualTo(computed + 4);
	}

	@Test
	void compactionAloneDropsNoCacheAndAChangeAfterItStillDoes() throws Exception {
		body(this.coordinator, "/analysis");
		long overviewsComputed = this.overviews.computedOverviews();
		long schoolsComputed = this.classifier.computedSchools();
		AnalysisData.Versions before = versions();

		this.compaction.compactAll();

		assertThat(versions()).isEqualTo(before);
		body(this.coordinator, "/analysis");
		assertThat(this.overviews.computedOverviews()).isEqualTo(overviewsComputed);
		assertThat(this.classifier.computedSchools()).isEqualTo(schoolsComputed);

		// a passport after compaction: both versions move past the ones taken before it
		this.jdbc.update("""
				insert into social_passport (school_id, year, students, low_income_share, single_parent_share)
				values (?, 2025, 80, 70, 60)""", this.firstSchool);
		AnalysisData.Versions after = versions();
		assertThat(after.inputs()).isGreaterThan(before.inputs());
		assertThat(after.all()).isGreaterThan(before.all());
		body(this.coordinator, "/analysis");
		assertThat(this.overviews.computedOverviews()).isEqualTo(overviewsComputed + 1);
		assertThat(this.classifier.computedSchools()).isEqualTo(schoolsComputed + 3);

		// a school record changed: the overview only, not the classification of every
		// school
		this.jdbc.update("update school set short_name = short_name where id = ?", this.firstSchool);
		assertThat(versions().inputs()).isEqualTo(after.inputs());
		assertThat(versions().all()).isGreaterThan(after.all());
		body(this.coordinator, "/analysis");
		assertThat(this.overviews.computedOverviews()).isEqualTo(overviewsComputed + 2);
		assertThat(this.classifier.computedSchools()).isEqualTo(schoolsComputed + 3);
	}

	@Test
	void atMostTheBoundOfRowsIsKeptTheOthersAreComputedOnEachView() {
		AnalysisOverview three = new AnalysisOverview(
				2025, List.of(2025), List.of(new OverviewRow(null, null, List.of()),
						new OverviewRow(null, null, List.of()), new OverviewRow(null, null, List.of())),
				Map.of(), 0, null);
		OverviewCache.Key first = new OverviewCache.Key(new SchoolScope(false, null, 1L, null), null, null, 2026);
		OverviewCache.Key second = new OverviewCache.Key(new SchoolScope(false, null, 2L, null), null, null, 2026);
		TransactionTemplate reading = new TransactionTemplate(this.transactions);
		reading.setReadOnly(true);
		OverviewCache bounded = new OverviewCache(this.analysisData, 5);
		reading.executeWithoutResult((status) -> {
			assertThat(bounded.get(first, () -> three)).isSameAs(three);
			bounded.get(first, () -> three);
			assertThat(bounded.computedOverviews()).isEqualTo(1);
			// three more rows would pass the bound of five: computed on each view
			bounded.get(second, () -> three);
			bounded.get(second, () -> three);
			assertThat(bounded.computedOverviews()).isEqualTo(3);
			bounded.get(first, () -> three);
			assertThat(bounded.computedOverviews()).isEqualTo(3);
		});
		OverviewCache off = new OverviewCache(this.analysisData, 0);
		reading.executeWithoutResult((status) -> {
			off.get(first, () -> three);
			off.get(first, () -> three);
		});
		assertThat(off.computedOverviews()).isEqualTo(2);
		// a writing transaction neither reads nor fills it
		OverviewCache writing = new OverviewCache(this.analysisData, 100);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			writing.get(first, () -> three);
			writing.get(first, () -> three);
		});
		assertThat(writing.computedOverviews()).isEqualTo(2);
	}

	private AnalysisData.Versions versions() {
		TransactionTemplate reading = new TransactionTemplate(this.transactions);
		reading.setReadOnly(true);
		return reading.execute((status) -> this.analysisData.versions());
	}

}
