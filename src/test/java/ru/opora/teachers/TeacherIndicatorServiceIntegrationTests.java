package ru.opora.teachers;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import ru.opora.common.NotFoundException;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public indicator service for a municipality: the values of the fixture computed by
 * hand, and who may ask.
 */
class TeacherIndicatorServiceIntegrationTests extends PortalIntegrationTest {

	@Autowired
	TeacherIndicatorService indicators;

	@Autowired
	UserDetailsService users;

	AssociationFixture f;

	@BeforeEach
	void setUp() {
		this.f = new AssociationFixture(this.jdbc);
		TeacherFiguresIntegrationTests.figures(this.f, this.jdbc);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	void login(String who) {
		UserDetails details = this.users.loadUserByUsername(this.f.login(who));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	@Test
	void theMunicipalitysIndicatorsOfTheYear() {
		login("coord");
		TeacherIndicatorValues v = this.indicators.forMunicipality(this.f.municipality, 2026);
		assertThat(v.municipalityId()).isEqualTo(this.f.municipality);
		assertThat(v.academicYear()).isEqualTo(2026);
		// 9: a1 of {a1, b1}; 10: a1 of {a1, a2}; 11: one; 12: {a1, b1} of 4; 15: {a1, b1}
		// of 4
		assertThat(v.indicator(9)).extracting(TeacherIndicator::numerator, TeacherIndicator::denominator)
			.containsExactly(1L, 2L);
		assertThat(v.indicator(9).schools()).containsExactly(new TeacherIndicator.SchoolPart(this.f.schoolA, 1, 1),
				new TeacherIndicator.SchoolPart(this.f.schoolB, 0, 1));
		assertThat(v.indicator(10)).extracting(TeacherIndicator::numerator, TeacherIndicator::denominator)
			.containsExactly(1L, 2L);
		assertThat(v.indicator(10).schoolIds()).containsExactly(this.f.schoolA);
		assertThat(v.indicator(11).value()).isEqualByComparingTo("1");
		assertThat(v.indicator(12)).extracting(TeacherIndicator::numerator, TeacherIndicator::denominator)
			.containsExactly(2L, 4L);
		assertThat(v.indicator(15)).extracting(TeacherIndicator::numerator, TeacherIndicator::denominator)
			.containsExactly(2L, 4L);
		// 2024/25: nobody diagnosed, nobody a member yet
		TeacherIndicatorValues before = this.indicators.forMunicipality(this.f.municipality, 2024);
		assertThat(before.indicator(15).value()).isNull();
		assertThat(before.indicator(12).value()).isEqualByComparingTo("0");
		assertThat(before.indicator(12).denominator()).isEqualTo(4);
	}

	@Test
	void theObserverOfTheRegionAndTheAdministratorMayAskOthersMayNot() {
		login("observer");
		assertThat(this.indicators.forMunicipality(this.f.otherMunicipality, 2026).indicator(15).value())
			.isEqualByComparingTo("1");
		for (String who : new String[] { "coord2", "observer2", "curator", "schoola" }) {
			login(who);
			assertThatThrownBy(() -> this.indicators.forMunicipality(this.f.municipality, 2026)).as(who)
				.isInstanceOf(NotFoundException.class);
		}
		SecurityContextHolder.clearContext();
		assertThat(this.indicators.forMunicipalityUnchecked(this.f.municipality, 2026).indicator(9).numerator())
			.isEqualTo(1);
	}

}
