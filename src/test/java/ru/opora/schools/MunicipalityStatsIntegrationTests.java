package ru.opora.schools;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coordinator's home counts a municipality's schools in one SQL aggregate
 * ({@link SchoolService#municipalityStats}), on a fixture of its own that each test's
 * transaction rolls back.
 */
@Transactional
class MunicipalityStatsIntegrationTests extends PortalIntegrationTest {

	@Autowired
	private SchoolService service;

	@Autowired
	private UserDetailsService users;

	private String tag;

	private long region;

	private long municipality;

	private long otherMunicipality;

	@BeforeEach
	void fixture() {
		this.tag = TestData.unique("счёт").substring(5);
		this.region = this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Тестовый край " + this.tag);
		this.municipality = municipality("Первый район");
		this.otherMunicipality = municipality("Второй район");
		school(this.municipality, "Школа А", "RURAL", true, 40, 8);
		school(this.municipality, "Школа Б", "URBAN", false, 500, 30);
		school(this.municipality, "Школа В", "RURAL", false, 100, 12);
		school(this.municipality, "Школа Д", "URBAN", true, null, null);
		school(this.otherMunicipality, "Школа Г", "URBAN", false, 900, 60);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void countsAMunicipalitysSchools() {
		loginAsCoordinatorOf(this.municipality);
		assertThat(this.service.municipalityStats(this.municipality))
			.contains(new MunicipalityStats(this.municipality, "Первый район " + this.tag, 4, 2, 2, 640, 50));
	}

	@Test
	void aMunicipalityWithoutSchoolsCountsZero() {
		long empty = municipality("Пустой район");
		loginAsCoordinatorOf(empty);
		assertThat(this.service.municipalityStats(empty))
			.contains(new MunicipalityStats(empty, "Пустой район " + this.tag, 0, 0, 0, 0, 0));
	}

	@Test
	void onlyTheMunicipalitysCoordinatorOrAnAdministratorCounts() {
		loginAsCoordinatorOf(this.otherMunicipality);
		assertThatThrownBy(() -> this.service.municipalityStats(this.municipality))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.municipalityStats(this.otherMunicipality).orElseThrow().students()).isEqualTo(900);
		login("admin");
		assertThat(this.service.municipalityStats(this.municipality).orElseThrow().schools()).isEqualTo(4);
		// an unknown municipality has no counts
		assertThat(this.service.municipalityStats(-1L)).isEmpty();
	}

	private void loginAsCoordinatorOf(long municipalityId) {
		String username = "stats-" + municipalityId + "-" + this.tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор', 'COORDINATOR', ?, ?)""", username, this.region,
				municipalityId);
		login(username);
	}

	private void login(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	private long municipality(String name) {
		return this.jdbc.queryForObject("insert into municipality (region_id, name) values (?, ?) returning id",
				Long.class, this.region, name + " " + this.tag);
	}

	private void school(long municipalityId, String name, String settlement, boolean small, Integer students,
			Integer teachers) {
		this.jdbc.update(
				"insert into school (municipality_id, name, short_name, type, settlement, small_school, students, teachers) values (?, ?, ?, 'SOSH', ?, ?, ?, ?)",
				municipalityId, "МКОУ «" + name + "»", name, settlement, small, students, teachers);
	}

}
