package ru.opora.schools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SchoolLocations}, the one statement behind every school access check: the
 * school's municipality and region as stored, nothing for unknown ids or {@code null}, a
 * school moved to another municipality at its new place, and a school saved through its
 * repository in the same transaction found at once (its row is inserted on save).
 */
@Transactional
class SchoolLocationsIntegrationTests extends PortalIntegrationTest {

	@Autowired
	private SchoolLocations locations;

	@Autowired
	private SchoolRepository schools;

	@Autowired
	private MunicipalityRepository municipalities;

	private String tag;

	private long region;

	private long otherRegion;

	private long municipality;

	private long far;

	@BeforeEach
	void fixture() {
		this.tag = TestData.unique("место").substring(6);
		this.region = region("Ближний край");
		this.otherRegion = region("Дальний край");
		this.municipality = municipality(this.region, "Ближний район");
		this.far = municipality(this.otherRegion, "Дальний район");
	}

	@Test
	void aSchoolIsWhereItsRowSays() {
		long near = school(this.municipality, "Ближняя школа");
		long away = school(this.far, "Дальняя школа");
		assertThat(this.locations.of(near)).contains(new SchoolLocation(near, this.municipality, this.region));
		assertThat(this.locations.of(away)).contains(new SchoolLocation(away, this.far, this.otherRegion));
	}

	@Test
	void unknownIdsAndNullHaveNoLocation() {
		long max = this.jdbc.queryForObject("select coalesce(max(id), 0) from school", Long.class);
		assertThat(this.locations.of(max + 1000)).isEmpty();
		assertThat(this.locations.of(null)).isEmpty();
	}

	@Test
	void aMovedSchoolIsAtItsNewPlace() {
		long school = school(this.municipality, "Переехавшая школа");
		this.jdbc.update("update school set municipality_id = ? where id = ?", this.far, school);
		assertThat(this.locations.of(school)).contains(new SchoolLocation(school, this.far, this.otherRegion));
	}

	@Test
	void aSchoolSavedInTheSameTransactionIsFound() {
		Municipality place = this.municipalities.findById(this.municipality).orElseThrow();
		SchoolCommand command = new SchoolCommand(this.municipality, "МКОУ «Новая школа» " + this.tag,
				"Новая школа " + this.tag, SchoolType.SOSH, null, Settlement.URBAN, null, null, null, false, null, null,
				null);
		School saved = this.schools.save(new School(place, command, java.time.Instant.parse("2026-01-15T10:00:00Z")));
		assertThat(this.locations.of(saved.getId()))
			.contains(new SchoolLocation(saved.getId(), this.municipality, this.region));
	}

	private long region(String name) {
		return this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				name + " " + this.tag);
	}

	private long municipality(long regionId, String name) {
		return this.jdbc.queryForObject("insert into municipality (region_id, name) values (?, ?) returning id",
				Long.class, regionId, name + " " + this.tag);
	}

	private long school(long municipalityId, String name) {
		return this.jdbc.queryForObject("""
				insert into school (municipality_id, name, short_name, type, settlement)
				values (?, ?, ?, 'SOSH', 'URBAN') returning id""", Long.class, municipalityId,
				"МКОУ «" + name + "» " + this.tag, name + " " + this.tag);
	}

}
