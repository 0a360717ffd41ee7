package ru.opora.schools;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries of the schools module against the embedded PostgreSQL (Flyway schema), on a
 * fixture of its own that each test's transaction rolls back.
 */
// the slice has no task executor for the portal's background JPA bootstrap
// (spring.jpa.bootstrap=async)
@DataJpaTest(properties = { "spring.jpa.show-sql=false", "spring.jpa.bootstrap=default" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SchoolRepositoryTests {

	@Autowired
	SchoolRepository schools;

	@Autowired
	MunicipalityRepository municipalities;

	@Autowired
	JdbcTemplate jdbc;

	long municipality;

	long otherMunicipality;

	@BeforeEach
	void fixture() {
		long region = this.jdbc.queryForObject("insert into region (name) values ('Тестовый край') returning id",
				Long.class);
		this.municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, 'Первый район') returning id", Long.class,
				region);
		this.otherMunicipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, 'Второй район') returning id", Long.class,
				region);
		school(this.municipality, "Школа А", "RURAL", true, 40, 8);
		school(this.municipality, "Школа Б", "URBAN", false, 500, 30);
		school(this.municipality, "Школа В", "RURAL", false, 100, 12);
		school(this.otherMunicipality, "Школа Г", "URBAN", false, 900, 60);
	}

	@Test
	void findsOneMunicipalitysOptionAsTheListHasIt() {
		MunicipalityOption option = this.municipalities.findOption(this.otherMunicipality).orElseThrow();
		assertThat(option.name()).isEqualTo("Второй район");
		assertThat(this.municipalities.allOptions()).contains(option);
		assertThat(this.municipalities.findOption(-1L)).isEmpty();
	}

	@Test
	void scopesTheSearchToAMunicipality() {
		var page = this.schools.findAll(
				SchoolService.specification(SchoolScope.municipality(this.otherMunicipality), SchoolSearch.none()),
				PageRequest.of(0, 100));
		assertThat(page.getContent()).extracting(School::getShortName).containsExactly("Школа Г");
	}

	@Test
	void searchesCaseInsensitivelyWithinTheScope() {
		var page = this.schools.findAll(SchoolService.specification(SchoolScope.municipality(this.municipality),
				new SchoolSearch("ШКОЛА", null, null, Settlement.RURAL, null)), PageRequest.of(0, 100));
		assertThat(page.getContent()).extracting(School::getShortName).containsExactlyInAnyOrder("Школа А", "Школа В");
	}

	@Test
	void anEmptyCuratorScopeFindsNothing() {
		var page = this.schools.findAll(SchoolService.specification(SchoolScope.schools(Set.of()), SchoolSearch.none()),
				PageRequest.of(0, 100));
		assertThat(page.getTotalElements()).isZero();
	}

	private void school(long municipalityId, String name, String settlement, boolean small, int students,
			int teachers) {
		this.jdbc.update(
				"insert into school (municipality_id, name, short_name, type, settlement, small_school, students, teachers) values (?, ?, ?, 'SOSH', ?, ?, ?, ?)",
				municipalityId, "МКОУ «" + name + "»", name, settlement, small, students, teachers);
	}

}
