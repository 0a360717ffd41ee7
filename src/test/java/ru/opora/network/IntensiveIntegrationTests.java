package ru.opora.network;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * «Дни образовательных интенсивов»: registration rules, topics from the common deficits,
 * the satisfaction link without an account, the calendar and its .ics. Each test builds
 * its own region, network and accounts ({@link IntensiveFixture}).
 */
class IntensiveIntegrationTests extends PortalIntegrationTest {

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntensiveService intensives;

	IntensiveFixture f;

	LocalDate today;

	@BeforeEach
	void fixture() {
		this.f = new IntensiveFixture(this.jdbc);
		this.today = LocalDate.now(this.clock);
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	String dayUrl(long day) {
		return "/networks/" + this.f.network + "/intensives/" + day;
	}

	String registerUrl(long day, long session) {
		return dayUrl(day) + "/sessions/" + session + "/register";
	}

	Integer registered(long session, long school) {
		List<Integer> n = this.jdbc.queryForList(
				"select teachers from intensive_registration where session_id = ? and school_id = ?", Integer.class,
				session, school);
		return n.isEmpty() ? null : n.get(0);
	}

	String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void registrationRules() throws Exception {
		long day = this.f.day(this.today.plusDays(10), "День интенсивов");
		long session = this.f.session(day, "TEACHERS", "Формирующее оценивание", 10);

		this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.menteeB))
				.param("teachers", "3")
				.param("leaders", "")
				.param("names", ""))
			.andExpect(status().isFound());
		assertThat(registered(session, this.f.menteeB)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select names from intensive_registration where session_id = ? and school_id = ?", String.class,
				session, this.f.menteeB))
			.as("names are never required")
			.isNull();

		MvcResult negative = this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.menteeB))
				.param("teachers", "-2")
				.param("names", "Иванова И. И."))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(negative)).contains("Число участников не может быть отрицательным")
			.contains("value=\"-2\"")
			.contains("Иванова И. И.");
		assertThat(registered(session, this.f.menteeB)).as("nothing saved").isEqualTo(3);

		MvcResult tooMany = this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.menteeB))
				.param("teachers", "301"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(tooMany)).contains("Слишком много участников").contains("value=\"301\"");

		MvcResult notNumber = this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.menteeB))
				.param("teachers", "пять"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(notNumber)).contains("целое число");

		MvcResult full = this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolA))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.mentorA))
				.param("teachers", "8"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(full)).contains("Мест на секции не хватает");
		assertThat(registered(session, this.f.mentorA)).isNull();

		MvcResult notMember = this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.outsiderC))
				.param("teachers", "1"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(notMember)).contains("Школа не входит в сеть");
		assertThat(registered(session, this.f.outsiderC)).isNull();

		this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.mentorA))
				.param("teachers", "1"))
			.andExpect(status().isForbidden());
		assertThat(registered(session, this.f.mentorA)).as("a school registers only for itself").isNull();

		long past = this.f.day(this.today.minusDays(2), "Прошедший день");
		long pastSession = this.f.session(past, "PARENTS", "Родительский всеобуч", null);
		MvcResult inThePast = this.mvc
			.perform(post(registerUrl(past, pastSession)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.menteeB))
				.param("parents", "4"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(inThePast)).contains("День уже прошёл");
		assertThat(this.jdbc.queryForObject("select count(*) from intensive_registration where session_id = ?",
				Integer.class, pastSession))
			.isZero();

		this.mvc
			.perform(post(registerUrl(day, session)).with(this.demo.as(this.f.schoolB))
				.with(csrf())
				.param("schoolId", String.valueOf(this.f.menteeB))
				.param("teachers", "0"))
			.andExpect(status().isFound());
		assertThat(registered(session, this.f.menteeB)).as("all zeros withdraw").isNull();
	}

	@Test
	void proposalsCountTheCommonDeficitsOfTheMentees() {
		long f3 = factor(3);
		long f9 = factor(9);
		long f5 = factor(5);
		profile(this.f.menteeB, f3, "HIGH");
		profile(this.f.menteeB2, f3, "HIGH");
		profile(this.f.menteeB2, f9, "MEDIUM");
		profile(this.f.mentorA, f5, "HIGH");
		this.jdbc.update(
				"insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id) values (?, ?, ?), (?, ?, ?)",
				this.f.programmeYear, this.f.menteeB, f9, this.f.programmeYear, this.f.menteeB, f3);
		result(this.f.menteeB, "Математика", 35);
		result(this.f.menteeB2, "Математика", 10);
		result(this.f.menteeB2, "Русский язык", 20);
		result(this.f.mentorA, "Физика", 60);

		actAs(this.f.coordinator);
		List<IntensiveService.TopicProposal> proposals = this.intensives.proposals(this.f.network);

		assertThat(proposals).extracting(IntensiveService.TopicProposal::key)
			.containsExactly("F" + f3, "F" + f9, "SМатематика", "SРусский язык");
		IntensiveService.TopicProposal third = proposals.get(0);
		assertThat(third.schools()).isEqualTo(2);
		assertThat(third.high()).isEqualTo(2);
		assertThat(third.chosen()).isEqualTo(1);
		assertThat(third.mentees()).isEqualTo(2);
		assertThat(proposals.get(1).high()).isZero();
		assertThat(proposals.get(1).chosen()).isEqualTo(1);
		assertThat(proposals.get(2).schools()).as("only the share of «2» of B reaches 20 %").isEqualTo(1);
		assertThat(proposals)
			.noneMatch((p) -> "Физика".equals(p.subject()) || Long.valueOf(f5).equals(p.riskFactorId()));
	}

	@Test
	void coordinatorPlansADayWithAProposedSessionAndASeries() throws Exception {
		long f3 = factor(3);
		profile(this.f.menteeB, f3, "HIGH");
		LocalDate date = this.today.plusDays(20);
		MvcResult planned = this.mvc
			.perform(post("/networks/" + this.f.network + "/intensives").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("heldOn", date.toString())
				.param("startsAt", "10:00")
				.param("endsAt", "14:00")
				.param("title", "День образовательных интенсивов")
				.param("place", "Гимназия № 9"))
			.andExpect(status().isFound())
			.andReturn();
		long day = this.jdbc.queryForObject("select id from intensive_day where network_id = ? and held_on = ?",
				Long.class, this.f.network, date);
		assertThat(planned.getResponse().getRedirectedUrl()).isEqualTo(dayUrl(day));

		MvcResult page = this.mvc
			.perform(get(dayUrl(day)).param("proposal", "F" + f3).with(this.demo.as(this.f.coordinator)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(body(page)).contains("Недостаточная предметная и методическая компетентность").contains("1 из 2");

		this.mvc
			.perform(post(dayUrl(day) + "/sessions").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("group", "TEACHERS")
				.param("topic", "Методическая компетентность: разбор уроков")
				.param("hostSchoolId", String.valueOf(this.f.mentorA))
				.param("riskFactorId", String.valueOf(f3))
				.param("sourceCount", "1")
				.param("room", "каб. 12"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select risk_factor_id from intensive_session where day_id = ? and target_group = 'TEACHERS'",
				Long.class, day))
			.isEqualTo(f3);

		MvcResult noHost = this.mvc
			.perform(post(dayUrl(day) + "/sessions").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("group", "PARENTS")
				.param("topic", "Как помочь ребёнку с математикой"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(noHost)).contains("Укажите школу-ведущую или ведущего")
			.contains("Как помочь ребёнку с математикой");

		MvcResult sameDate = this.mvc
			.perform(post("/networks/" + this.f.network + "/intensives").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("heldOn", date.toString())
				.param("startsAt", "10:00")
				.param("endsAt", "14:00")
				.param("title", "Второй")
				.param("place", "Там же"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(sameDate)).contains("уже есть день");

		int startYear = this.today.getYear() + 1;
		this.mvc
			.perform(post("/networks/" + this.f.network + "/intensives/series").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("startYear", String.valueOf(startYear))
				.param("week", "5")
				.param("weekday", "THURSDAY")
				.param("startsAt", "10:00")
				.param("endsAt", "15:00")
				.param("title", "День образовательных интенсивов")
				.param("place", "Гимназия № 9"))
			.andExpect(status().isFound());
		List<LocalDate> series = this.jdbc.queryForList(
				"select held_on from intensive_day where network_id = ? and held_on >= ? order by held_on",
				LocalDate.class, this.f.network, LocalDate.of(startYear, 9, 1));
		assertThat(series).hasSize(9)
			.allMatch((d) -> d.getDayOfWeek() == java.time.DayOfWeek.THURSDAY
					&& d.plusWeeks(1).getMonth() != d.getMonth());
	}

	@Test
	void satisfactionThroughTheDaysAnonymousLink() throws Exception {
		long day = this.f.day(this.today.minusDays(1), "Октябрьский день");
		long teachers = this.f.session(day, "TEACHERS", "Читательская грамотность", null);
		long parents = this.f.session(day, "PARENTS", "Родительский всеобуч", null);
		this.mvc.perform(post(dayUrl(day) + "/survey/open").with(this.demo.as(this.f.schoolA)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(dayUrl(day) + "/survey/open").with(this.demo.as(this.f.coordinator)).with(csrf()))
			.andExpect(status().isFound());
		String token = this.jdbc.queryForObject("select survey_token from intensive_day where id = ?", String.class,
				day);
		String link = "/survey/intensive/" + token;

		MvcResult form = this.mvc.perform(get(link)).andExpect(status().isOk()).andReturn();
		assertThat(body(form)).contains("Читательская грамотность").contains("Родительский всеобуч");
		assertThat(form.getResponse().getHeader("Set-Cookie")).as("stateless").isNull();

		this.mvc.perform(post(link).param("s" + teachers, "5").param("c" + teachers, "Очень полезно, спасибо"))
			.andExpect(status().isOk());
		this.mvc.perform(post(link).param("s" + teachers, "3").param("s" + parents, "4")).andExpect(status().isOk());
		MvcResult outOfScale = this.mvc.perform(post(link).param("s" + teachers, "6"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(outOfScale)).contains("от 1 до 5");
		MvcResult nothing = this.mvc.perform(post(link).param("c" + parents, "без оценки"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(nothing)).contains("поставьте ей оценку").contains("без оценки");
		this.mvc.perform(post(link).param("s999999999", "4")).andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select count(*) from intensive_response where day_id = ?", Integer.class,
				day))
			.as("refused answers store nothing")
			.isEqualTo(2);

		MvcResult results = this.mvc.perform(get(dayUrl(day) + "/results").with(this.demo.as(this.f.observer)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(body(results)).contains("Очень полезно, спасибо").contains("4,00").contains("анкет: 2");

		actAs(this.f.coordinator);
		IntensiveService.DaySummary summary = this.intensives.summary(this.f.network)
			.stream()
			.filter((d) -> d.dayId() == day)
			.findFirst()
			.orElseThrow();
		assertThat(summary.satisfaction().mean()).isEqualTo(4.0);
		assertThat(summary.satisfaction().count()).isEqualTo(3);
		assertThat(summary.sessions()).filteredOn((s) -> s.sessionId() == teachers).singleElement().satisfies((s) -> {
			assertThat(s.satisfaction().mean()).isEqualTo(4.0);
			assertThat(s.satisfaction().distribution()).containsExactly(0, 0, 1, 0, 1);
		});
		SecurityContextHolder.clearContext();

		this.mvc.perform(post(dayUrl(day) + "/survey/close").with(this.demo.as(this.f.coordinator)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get(link)).andExpect(status().isGone());
		this.mvc.perform(post(link).param("s" + teachers, "5")).andExpect(status().isGone());
		this.mvc.perform(get("/survey/intensive/unknownTokenunknownToken1")).andExpect(status().isNotFound());
	}

	@Test
	void aClosedProgrammeYearTakesNoSatisfactionAnswers() throws Exception {
		long day = this.f.day(this.today.minusDays(1), "Ноябрьский день");
		long teachers = this.f.session(day, "TEACHERS", "Функциональная грамотность", null);
		this.mvc.perform(post(dayUrl(day) + "/survey/open").with(this.demo.as(this.f.coordinator)).with(csrf()))
			.andExpect(status().isFound());
		String link = "/survey/intensive/"
				+ this.jdbc.queryForObject("select survey_token from intensive_day where id = ?", String.class, day);
		this.mvc.perform(post(link).param("s" + teachers, "5")).andExpect(status().isOk());
		Long year = this.jdbc.queryForObject("select programme_year_id from network where id = ?", Long.class,
				this.f.network);
		this.jdbc.update("update programme_year set closed = true where id = ?", year);

		MvcResult page = this.mvc.perform(get(link)).andExpect(status().isGone()).andReturn();
		assertThat(body(page)).contains("ответы больше не принимаются");
		MvcResult refused = this.mvc.perform(post(link).param("s" + teachers, "4"))
			.andExpect(status().isGone())
			.andReturn();
		assertThat(body(refused)).contains("ответы больше не принимаются");
		assertThat(this.jdbc.queryForObject("select count(*) from intensive_response where day_id = ?", Integer.class,
				day))
			.as("only the answer given while the year was open")
			.isEqualTo(1);

		this.jdbc.update("update programme_year set closed = false where id = ?", year);
		this.mvc.perform(post(link).param("s" + teachers, "4")).andExpect(status().isOk());
	}

	@Test
	void attendanceAfterTheDay() throws Exception {
		long day = this.f.day(this.today, "Сегодняшний день");
		long session = this.f.session(day, "STUDENTS", "Проектная сессия", null);
		this.jdbc.update("insert into intensive_registration (session_id, school_id, students) values (?, ?, 12)",
				session, this.f.menteeB);
		String field = "a_" + session + "_" + this.f.menteeB + "_STUDENTS";
		MvcResult negative = this.mvc
			.perform(post(dayUrl(day) + "/attendance").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param(field, "-1"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(body(negative)).contains("не может быть отрицательным").contains("value=\"-1\"");
		this.mvc
			.perform(post(dayUrl(day) + "/attendance").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param(field, "10"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select attended_students from intensive_registration where session_id = ? and school_id = ?",
				Integer.class, session, this.f.menteeB))
			.isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select status from intensive_day where id = ?", String.class, day))
			.isEqualTo("HELD");

		long future = this.f.day(this.today.plusDays(3), "Будущий день");
		long futureSession = this.f.session(future, "STUDENTS", "Проектная сессия", null);
		this.mvc
			.perform(post(dayUrl(future) + "/attendance").with(this.demo.as(this.f.coordinator))
				.with(csrf())
				.param("a_" + futureSession + "_" + this.f.menteeB + "_STUDENTS", "5"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select count(*) from intensive_registration where session_id = ?",
				Integer.class, futureSession))
			.isZero();
	}

	@Test
	void calendarShowsDaysAndOnlyTheVisiblePairsActivities() throws Exception {
		LocalDate date = this.today.plusMonths(1).withDayOfMonth(15);
		long day = this.f.day(date, "Мартовский день");
		this.f.session(day, "LEADERS", "Управление качеством", null);
		this.f.activity(this.f.pairAB, date.withDayOfMonth(10), "Взаимопосещение уроков пары АБ");
		this.f.activity(this.f.pairA2B2, date.withDayOfMonth(11), "Семинар пары А2Б2");
		String url = "/networks/" + this.f.network + "/calendar";
		String month = date.format(DateTimeFormatter.ofPattern("yyyy-MM"));

		String mentee = body(this.mvc.perform(get(url).param("month", month).with(this.demo.as(this.f.schoolB)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(mentee).contains("Мартовский день")
			.contains("Управление качеством")
			.contains("Взаимопосещение уроков пары АБ")
			.doesNotContain("Семинар пары А2Б2");
		String coordinator = body(
				this.mvc.perform(get(url).param("month", month).with(this.demo.as(this.f.coordinator)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(coordinator).contains("Взаимопосещение уроков пары АБ").contains("Семинар пары А2Б2");
		this.mvc.perform(get(url).param("month", "март").with(this.demo.as(this.f.coordinator)))
			.andExpect(status().isOk());
	}

	@Test
	void icsExport() throws Exception {
		LocalDate date = LocalDate.of(2030, 3, 28);
		long day = this.f.day(date, "День интенсивов; весна, 2030");
		this.f.session(day, "TEACHERS",
				"Очень длинная тема секции про формирующее оценивание, читательскую грамотность и работу с обучающимися группы риска",
				null);
		long own = this.f.activity(this.f.pairAB, date.plusDays(2), "Открытый урок");
		long other = this.f.activity(this.f.pairA2B2, date.plusDays(3), "Чужой семинар");

		MvcResult result = this.mvc
			.perform(get("/networks/" + this.f.network + "/calendar.ics").with(this.demo.as(this.f.schoolB)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		String ics = new String(bytes, StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:intensive-day-" + day + "@opora")
			.contains("DTSTART:20300328T070000Z")
			.contains("DTEND:20300328T120000Z")
			.contains("SUMMARY:День интенсивов\\; весна\\, 2030")
			.contains("формирующее оценивание\\, читательскую грамотность")
			.contains("UID:network-activity-" + own + "@opora")
			.contains("DTSTART;VALUE=DATE:20300330")
			.doesNotContain("network-activity-" + other + "@")
			.contains("VERSION:2.0")
			.contains("PRODID:");
		assertThat(unfolded.split("BEGIN:VEVENT")).hasSize(unfolded.split("END:VEVENT").length);

		this.mvc.perform(get("/networks/" + this.f.network + "/calendar.ics").with(this.demo.as(this.f.schoolD)))
			.andExpect(status().isNotFound());
	}

	long factor(int number) {
		return this.jdbc.queryForObject("""
				select id from risk_factor where number = ?
				and catalogue_year = (select max(catalogue_year) from risk_factor where catalogue_year <= 2025)""",
				Long.class, number);
	}

	void profile(long school, long factor, String significance) {
		Long profile = this.jdbc
			.queryForList("select id from risk_profile where programme_year_id = ? and school_id = ?", Long.class,
					this.f.programmeYear, school)
			.stream()
			.findFirst()
			.orElseGet(() -> this.jdbc.queryForObject(
					"""
							insert into risk_profile (programme_year_id, school_id, source) values (?, ?, 'IMPORT') returning id""",
					Long.class, this.f.programmeYear, school));
		this.jdbc.update("""
				insert into risk_profile_factor (profile_id, risk_factor_id, significance, source_significance)
				values (?, ?, ?, ?)""", profile, factor, significance, significance);
	}

	void result(long school, String subject, int shareBelow) {
		this.jdbc.update("""
				insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
				values (?, 2025, 'VPR', ?, 5, 40, ?)""", school, subject, shareBelow);
	}

	void actAs(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

}
