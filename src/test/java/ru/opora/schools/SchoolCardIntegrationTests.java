package ru.opora.schools;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The school card ({@link SchoolService#card}) is one SQL read with the access checked
 * once: it shows what the entity read of {@link SchoolService#details} showed and answers
 * every role exactly as before, for its own schools, other schools (403) and unknown ids
 * (404), on a fixture of its own (two regions, three municipalities); and
 * {@link SchoolLocations}, the one statement behind every school access check, on the
 * same fixture: the school's municipality and region as stored, nothing for unknown ids
 * or {@code null}, a moved school at its new place, a school saved through its repository
 * in the same transaction found at once (its row is inserted on save).
 */
@Transactional
class SchoolCardIntegrationTests extends PortalIntegrationTest {

	@Autowired
	private SchoolService service;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private SchoolLocations locations;

	@Autowired
	private SchoolRepository schoolRepository;

	@Autowired
	private MunicipalityRepository municipalities;

	private String tag;

	private long region;

	private long otherRegion;

	private long municipality;

	private long far;

	private long full;

	private long bare;

	private long neighbour;

	private long farAway;

	private long ended;

	@BeforeEach
	void fixture() {
		this.tag = TestData.unique("карта").substring(6);
		this.region = this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Карточный край " + this.tag);
		this.otherRegion = this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Дальний край " + this.tag);
		this.municipality = municipality(this.region, "Карточный район");
		long next = municipality(this.region, "Соседний район");
		this.far = municipality(this.otherRegion, "Дальний район");
		this.full = this.jdbc.queryForObject("""
				insert into school (municipality_id, name, short_name, type, settlement, address, distance_km,
				                    students, teachers, small_school, principal_name, phone, email)
				values (?, ?, ?, 'OOSH', 'RURAL', 'с. Карточное, ул. <Лесная> & «1»', 42, 87, 15, true,
				        'Иванова "Анна" Петровна', '+7 (999) 000-00-00', 'school@example.org')
				returning id""", Long.class, this.municipality, "МКОУ «Карточная ООШ» " + this.tag,
				"Карточная ООШ " + this.tag);
		this.bare = school(this.municipality, "Пустая школа");
		this.ended = school(this.municipality, "Бывшая школа куратора");
		this.neighbour = school(next, "Соседняя школа");
		this.farAway = school(this.far, "Дальняя школа");
		account("coordinator", "'COORDINATOR', ?, ?, null", this.region, this.municipality);
		account("school", "'SCHOOL', ?, ?, ?", this.region, this.municipality, this.full);
		long curator = account("curator", "'CURATOR', ?, ?, null", this.region, this.municipality);
		this.jdbc.update(
				"insert into curator_assignment (curator_id, school_id, starts_on) values (?, ?, '2026-01-01')",
				curator, this.full);
		this.jdbc.update("""
				insert into curator_assignment (curator_id, school_id, starts_on, ends_on)
				values (?, ?, '2025-01-01', '2026-06-30')""", curator, this.ended);
		account("observer", "'REGIONAL_OBSERVER', ?, null, null", this.region);
		account("admin", "'ADMIN', null, null, null");
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void readsEveryFieldOfTheSchoolWithItsMunicipalityAndRegion() {
		login("coordinator");
		SchoolCard card = this.service.card(this.full);
		assertThat(card).isEqualTo(new SchoolCard(this.full, this.municipality, "Карточный район " + this.tag,
				this.region, "Карточный край " + this.tag, "МКОУ «Карточная ООШ» " + this.tag,
				"Карточная ООШ " + this.tag, SchoolType.OOSH, "с. Карточное, ул. <Лесная> & «1»", Settlement.RURAL, 42,
				87, 15, true, "Иванова \"Анна\" Петровна", "+7 (999) 000-00-00", "school@example.org", true));
		assertThat(card.location()).isEqualTo(new SchoolLocation(this.full, this.municipality, this.region));
		SchoolCard empty = this.service.card(this.bare);
		assertThat(empty.address()).isNull();
		assertThat(empty.distanceKm()).isNull();
		assertThat(empty.students()).isNull();
		assertThat(empty.teachers()).isNull();
		assertThat(empty.smallSchool()).isFalse();
		assertThat(empty.principalName()).isNull();
	}

	@Test
	void everyRoleGetsTheCardTheEntityReadGaveOrTheSameRefusal() {
		List<Long> schools = List.of(this.full, this.bare, this.ended, this.neighbour, this.farAway, -1L);
		int shown = 0;
		for (String role : List.of("coordinator", "school", "curator", "observer", "admin")) {
			login(role);
			for (Long id : schools) {
				Object expected = outcome(() -> view(this.service.details(id)));
				Object actual = outcome(() -> view(this.service.card(id)));
				assertThat(actual).as("%s, school %s", role, id).isEqualTo(expected);
				if (actual instanceof SchoolCard) {
					shown++;
				}
			}
		}
		// coordinator 3, school 1, curator 1, observer 4, admin 5
		assertThat(shown).isEqualTo(14);
	}

	@Test
	void whoSeesAndWhoMayEditWhichSchool() {
		login("coordinator");
		assertThat(this.service.card(this.full).editable()).isTrue();
		assertThat(this.service.card(this.ended).editable()).isTrue();
		assertThatThrownBy(() -> this.service.card(this.neighbour)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.card(this.farAway)).isInstanceOf(AccessDeniedException.class);
		login("school");
		assertThat(this.service.card(this.full).editable()).isFalse();
		assertThatThrownBy(() -> this.service.card(this.bare)).isInstanceOf(AccessDeniedException.class);
		login("curator");
		assertThat(this.service.card(this.full).editable()).isFalse();
		// an assignment that has ended gives no access
		assertThatThrownBy(() -> this.service.card(this.ended)).isInstanceOf(AccessDeniedException.class);
		login("observer");
		assertThat(this.service.card(this.neighbour).editable()).isFalse();
		assertThatThrownBy(() -> this.service.card(this.farAway)).isInstanceOf(AccessDeniedException.class);
		login("admin");
		assertThat(this.service.card(this.farAway).editable()).isTrue();
		assertThatThrownBy(() -> this.service.card(-1L)).isInstanceOf(SchoolNotFoundException.class);
	}

	@Test
	void thePageShowsTheCardItsEditButtonOnlyToEditorsAndRefusesOtherSchools() throws Exception {
		String page = page("coordinator", this.full);
		assertThat(page).contains("<title>Карточная ООШ " + this.tag + " · ")
			.contains("с. Карточное, ул. &lt;Лесная&gt; &amp; «1»")
			.contains("Иванова &quot;Анна&quot; Петровна")
			.contains("Карточный край " + this.tag)
			.contains("/schools/" + this.full + "/edit");
		assertThat(page("school", this.full)).doesNotContain("/schools/" + this.full + "/edit");
		assertThat(page("curator", this.full)).doesNotContain("/edit");
		for (String role : List.of("coordinator", "school", "curator", "observer")) {
			this.mvc.perform(get("/schools/" + this.farAway).with(as(role))).andExpect(status().isForbidden());
			this.mvc.perform(get("/schools/999999999").with(as(role))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/schools/" + this.neighbour).with(as("coordinator"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/schools/" + this.bare).with(as("school"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/schools/" + this.ended).with(as("curator"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/schools/" + this.neighbour).with(as("observer"))).andExpect(status().isOk());
	}

	private String page(String role, long school) throws Exception {
		return this.mvc.perform(get("/schools/" + school).with(as(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** What the page shows of a school card or of the details read. */
	private static SchoolCard view(SchoolDetails d) {
		return new SchoolCard(d.id(), d.municipalityId(), d.municipalityName(), d.regionId(), d.regionName(), d.name(),
				d.shortName(), d.type(), d.address(), d.settlement(), d.distanceKm(), d.students(), d.teachers(),
				d.smallSchool(), d.principalName(), d.phone(), d.email(), d.editable());
	}

	private static SchoolCard view(SchoolCard card) {
		return card;
	}

	/** The card, or the class of what was thrown instead. */
	private static Object outcome(ThrowingSupplier read) {
		try {
			return read.get();
		}
		catch (RuntimeException ex) {
			return ex.getClass();
		}
	}

	@FunctionalInterface
	private interface ThrowingSupplier {

		Object get();

	}

	// ---------------------------------------------------------------- SchoolLocations

	@Test
	void aSchoolIsWhereItsRowSays() {
		assertThat(this.locations.of(this.full))
			.contains(new SchoolLocation(this.full, this.municipality, this.region));
		assertThat(this.locations.of(this.farAway))
			.contains(new SchoolLocation(this.farAway, this.far, this.otherRegion));
	}

	@Test
	void unknownIdsAndNullHaveNoLocation() {
		long max = this.jdbc.queryForObject("select coalesce(max(id), 0) from school", Long.class);
		assertThat(this.locations.of(max + 1000)).isEmpty();
		assertThat(this.locations.of(null)).isEmpty();
	}

	@Test
	void aMovedSchoolIsAtItsNewPlace() {
		this.jdbc.update("update school set municipality_id = ? where id = ?", this.far, this.bare);
		assertThat(this.locations.of(this.bare)).contains(new SchoolLocation(this.bare, this.far, this.otherRegion));
	}

	@Test
	void aSchoolSavedInTheSameTransactionIsFound() {
		Municipality place = this.municipalities.findById(this.municipality).orElseThrow();
		SchoolCommand command = new SchoolCommand(this.municipality, "МКОУ «Новая школа» " + this.tag,
				"Новая школа " + this.tag, SchoolType.SOSH, null, Settlement.URBAN, null, null, null, false, null, null,
				null);
		School saved = this.schoolRepository.save(new School(place, command, Instant.parse("2026-01-15T10:00:00Z")));
		assertThat(this.locations.of(saved.getId()))
			.contains(new SchoolLocation(saved.getId(), this.municipality, this.region));
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

	private long account(String role, String scope, Object... params) {
		List<Object> args = new ArrayList<>(List.of(username(role), "Пользователь " + this.tag));
		args.addAll(List.of(params));
		return this.jdbc.queryForObject("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id, school_id)
				values (?, '{noop}unused', ?, %s) returning id""".formatted(scope), Long.class, args.toArray());
	}

	private String username(String role) {
		return "card-" + role + "-" + this.tag;
	}

	private void login(String role) {
		UserDetails details = this.users.loadUserByUsername(username(role));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
		return user(this.users.loadUserByUsername(username(role)));
	}

}
