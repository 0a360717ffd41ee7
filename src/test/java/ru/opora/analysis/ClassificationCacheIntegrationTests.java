package ru.opora.analysis;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.schools.SchoolFacts;
import ru.opora.schools.Settlement;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifications a view computed are kept for the same data version, rule and school
 * traits, and recomputed exactly when one of them changes: results or passports changed
 * (by any statement, here plain SQL as an import or the form would), the rule, the
 * school's record. A read-write transaction neither uses nor fills the cache. The test
 * creates three schools of its own.
 */
class ClassificationCacheIntegrationTests extends PortalIntegrationTest {

	@Autowired
	Classifier classifier;

	@Autowired
	ClassificationRuleService rules;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AnalysisData data;

	List<SchoolFacts> schools;

	long regionId;

	long municipalityId;

	@BeforeEach
	void schoolsOfTheirOwn() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.regionId = this.jdbc.queryForObject("select min(id) from region", Long.class);
		long municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, this.regionId,
				"Район классификации " + tag);
		this.municipalityId = municipality;
		List<Long> ids = this.jdbc.queryForList("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name)
				select ?, 'Школа ' || n || ' ' || ?, 'Школа ' || n || ' ' || ?, 'SOSH', 'RURAL', 'с. Н', 'Д'
				from generate_series(1, 3) n returning id""", Long.class, municipality, tag, tag);
		for (long id : ids) {
			this.jdbc
				.update("""
						insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
						values (?, 2024, 'VPR', 'Математика', 5, 30, 40), (?, 2024, 'VPR', 'Русский язык', 5, 30, 35)""",
						id, id);
		}
		this.schools = ids.stream().map((id) -> facts(id, Settlement.RURAL, municipality)).toList();
	}

	/**
	 * The schools leave with their results and passports: pages of the demo region (the
	 * observer's and the administrator's «Анализ школ») count the schools with results.
	 */
	@AfterEach
	void removeTheSchools() {
		String ofMunicipality = "school_id in (select id from school where municipality_id = ?)";
		this.jdbc.update("delete from assessment_result where " + ofMunicipality, this.municipalityId);
		this.jdbc.update("delete from social_passport where " + ofMunicipality, this.municipalityId);
		this.jdbc.update("delete from school where municipality_id = ?", this.municipalityId);
		this.jdbc.update("delete from municipality where id = ?", this.municipalityId);
	}

	@Test
	void aSecondViewComputesNothingAndAChangeOfResultsOrPassportsRecomputes() {
		Map<Long, List<YearClassification>> first = view(this.schools, this.rules.lookup());
		long computed = this.classifier.computedSchools();
		Map<Long, List<YearClassification>> second = view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed);
		assertThat(second).isEqualTo(first);

		// new results (an import): every school is recomputed and shows the new year
		long school = this.schools.get(0).id();
		this.jdbc.update("""
				insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
				values (?, 2025, 'VPR', 'Математика', 5, 30, 60)""", school);
		Map<Long, List<YearClassification>> afterImport = view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 3);
		assertThat(afterImport.get(school)).extracting(YearClassification::year).containsExactly(2024, 2025);

		// a passport (the form or an import)
		this.jdbc.update("""
				insert into social_passport (school_id, year, students, low_income_share, single_parent_share)
				values (?, 2025, 80, 70, 60)""", school);
		Map<Long, List<YearClassification>> afterPassport = view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 6);
		assertThat(afterPassport.get(school)).isNotEqualTo(afterImport.get(school));

		// a statement that changes nothing visible still counts as a change: safe side
		this.jdbc.update("update social_passport set students = 80 where school_id = ? and year = 2025", school);
		view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 9);
		view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 9);
	}

	@Test
	void anotherRuleOrChangedSchoolTraitsRecomputeOnlyThoseSchools() {
		view(this.schools, this.rules.lookup());
		long computed = this.classifier.computedSchools();

		// the region's rule changed: another rule value for every school
		ClassificationParameters rule = this.rules.lookup().apply(this.regionId);
		ClassificationParameters stricter = new ClassificationParameters(
				rule.lowShareThreshold().subtract(java.math.BigDecimal.TEN), rule.minLowAssessments(),
				rule.minParticipants(), rule.persistentYears(), rule.wellbeingThreshold(), rule.weights(),
				rule.remoteKm());
		Function<Long, ClassificationParameters> changed = (region) -> stricter;
		view(this.schools, changed);
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 3);
		view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 6);

		// one school's record changed (urban now): only that one is recomputed
		SchoolFacts first = this.schools.get(0);
		List<SchoolFacts> moved = List.of(facts(first.id(), Settlement.URBAN, first.municipalityId()),
				this.schools.get(1), this.schools.get(2));
		view(moved, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 7);
	}

	@Test
	void aReadWriteTransactionNeitherUsesNorFillsTheCache() {
		view(this.schools, this.rules.lookup());
		long computed = this.classifier.computedSchools();
		TransactionTemplate writing = new TransactionTemplate(this.transactions);
		writing.executeWithoutResult((status) -> this.classifier.classify(this.schools, this.rules.lookup()));
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 3);
		// a change rolled back leaves the data version as it was: the cache still serves
		writing.executeWithoutResult((status) -> {
			this.jdbc.update("delete from assessment_result where school_id = ?", this.schools.get(0).id());
			this.classifier.classify(this.schools, this.rules.lookup());
			status.setRollbackOnly();
		});
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 6);
		view(this.schools, this.rules.lookup());
		assertThat(this.classifier.computedSchools()).isEqualTo(computed + 6);
	}

	@Test
	void atMostTheBoundIsKeptTheRestIsClassifiedOnEachView() {
		Classifier bounded = new Classifier(this.data, 2);
		Map<Long, List<YearClassification>> first = view(bounded, this.schools, this.rules.lookup());
		assertThat(bounded.computedSchools()).isEqualTo(3);
		Map<Long, List<YearClassification>> second = view(bounded, this.schools, this.rules.lookup());
		assertThat(bounded.computedSchools()).isEqualTo(4);
		assertThat(second).isEqualTo(first);
		Classifier off = new Classifier(this.data, 0);
		view(off, this.schools, this.rules.lookup());
		view(off, this.schools, this.rules.lookup());
		assertThat(off.computedSchools()).isEqualTo(6);
	}

	private Map<Long, List<YearClassification>> view(List<SchoolFacts> schools,
			Function<Long, ClassificationParameters> lookup) {
		return view(this.classifier, schools, lookup);
	}

	private Map<Long, List<YearClassification>> view(Classifier classifier, List<SchoolFacts> schools,
			Function<Long, ClassificationParameters> lookup) {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		Supplier<Map<Long, List<YearClassification>>> classify = () -> classifier.classify(schools, lookup);
		return readOnly.execute((status) -> classify.get());
	}

	private SchoolFacts facts(long id, Settlement settlement, long municipality) {
		return new SchoolFacts(id, "Школа", "Школа", municipality, "Район", this.regionId, settlement, null, false,
				null);
	}

}
