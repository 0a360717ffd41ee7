package ru.opora.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The access matrix of every page and action of the «Дни образовательных интенсивов» and
 * the calendar: the coordinator manages; the regional observer reads; a mentor and a
 * mentee school read and register their own participants; a school of the same
 * municipality outside the network, the coordinator and a school of another municipality
 * see nothing (404).
 */
class IntensiveAccessIntegrationTests extends PortalIntegrationTest {

	@Autowired
	Clock clock;

	enum Kind {

		READ, MANAGE_PAGE, MANAGE, REGISTER

	}

	record Call(String name, Kind kind, String method, String url, Map<String, String> params) {

	}

	@Test
	void everyPageAndActionForEveryRole() throws Exception {
		IntensiveFixture f = new IntensiveFixture(this.jdbc);
		LocalDate today = LocalDate.now(this.clock);
		long future = f.day(today.plusDays(10), "Будущий день");
		long s1 = f.session(future, "TEACHERS", "Тема 1", null);
		long s2 = f.session(future, "PARENTS", "Тема 2", null);
		long held = f.day(today, "Сегодняшний день");
		long s3 = f.session(held, "STUDENTS", "Тема 3", null);
		String n = "/networks/" + f.network;
		String d = n + "/intensives/" + future;

		List<Call> calls = new ArrayList<>();
		calls.add(new Call("list", Kind.READ, "GET", n + "/intensives", Map.of()));
		calls.add(new Call("day", Kind.READ, "GET", d, Map.of()));
		calls.add(new Call("register form", Kind.READ, "GET", d + "/sessions/" + s1 + "/register", Map.of()));
		calls.add(new Call("results", Kind.READ, "GET", d + "/results", Map.of()));
		calls.add(new Call("calendar", Kind.READ, "GET", n + "/calendar", Map.of("month", "2026-03")));
		calls.add(new Call("ics", Kind.READ, "GET", n + "/calendar.ics", Map.of()));
		calls.add(new Call("session form", Kind.MANAGE_PAGE, "GET", d + "/sessions/" + s1, Map.of()));
		calls.add(new Call("attendance form", Kind.MANAGE_PAGE, "GET", n + "/intensives/" + held + "/attendance",
				Map.of()));
		calls.add(
				new Call("plan", Kind.MANAGE, "POST", n + "/intensives", Map.of("heldOn", today.plusDays(30).toString(),
						"startsAt", "10:00", "endsAt", "15:00", "title", "День", "place", "Школа")));
		calls.add(new Call("series", Kind.MANAGE, "POST", n + "/intensives/series", Map.of("startYear", "2040", "week",
				"1", "weekday", "FRIDAY", "startsAt", "10:00", "endsAt", "15:00", "title", "День", "place", "Школа")));
		calls.add(new Call("update day", Kind.MANAGE, "POST", d,
				Map.of("heldOn", today.plusDays(11).toString(), "startsAt", "09:00", "endsAt", "15:00", "title",
						"Перенесённый день", "place", "Школа", "version", "0")));
		calls.add(new Call("status", Kind.MANAGE, "POST", d + "/status", Map.of("status", "PLANNED")));
		calls.add(new Call("add session", Kind.MANAGE, "POST", d + "/sessions",
				Map.of("group", "LEADERS", "topic", "Управление", "speaker", "Петров П. П.")));
		calls.add(new Call("update session", Kind.MANAGE, "POST", d + "/sessions/" + s1,
				Map.of("group", "TEACHERS", "topic", "Тема 1 (изм.)", "speaker", "Иванова", "version", "0")));
		calls.add(new Call("delete session", Kind.MANAGE, "POST", d + "/sessions/" + s2 + "/delete", Map.of()));
		calls.add(new Call("attendance", Kind.MANAGE, "POST", n + "/intensives/" + held + "/attendance",
				Map.of("a_" + s3 + "_" + f.menteeB + "_STUDENTS", "3")));
		calls.add(new Call("survey open", Kind.MANAGE, "POST", n + "/intensives/" + held + "/survey/open", Map.of()));
		calls.add(new Call("survey close", Kind.MANAGE, "POST", n + "/intensives/" + held + "/survey/close", Map.of()));

		Map<String, Long> ownSchool = Map.of(f.schoolA, f.mentorA, f.schoolB, f.menteeB);
		List<String> failures = new ArrayList<>();
		List<String> users = List.of(f.schoolC, f.otherCoordinator, f.schoolD, f.observer, f.schoolA, f.schoolB,
				f.coordinator);
		for (String user : users) {
			boolean nothing = user.equals(f.schoolC) || user.equals(f.otherCoordinator) || user.equals(f.schoolD);
			boolean coordinator = user.equals(f.coordinator);
			List<Call> all = new ArrayList<>(calls);
			long school = ownSchool.getOrDefault(user, f.menteeB);
			all.add(new Call("register", Kind.REGISTER, "POST", d + "/sessions/" + s1 + "/register",
					Map.of("schoolId", String.valueOf(school), "teachers", "2")));
			for (Call call : all) {
				int expected;
				if (nothing) {
					expected = 404;
				}
				else if (coordinator) {
					expected = call.method().equals("GET") ? 200 : 302;
				}
				else {
					expected = switch (call.kind()) {
						case READ -> 200;
						case MANAGE_PAGE, MANAGE -> 403;
						case REGISTER -> ownSchool.containsKey(user) ? 302 : 403;
					};
				}
				MockHttpServletRequestBuilder request = call.method().equals("GET") ? get(call.url())
						: post(call.url()).with(csrf());
				call.params().forEach(request::param);
				int actual = this.mvc.perform(request.with(this.demo.as(user))).andReturn().getResponse().getStatus();
				if (actual != expected) {
					failures.add(user + " " + call.name() + ": " + actual + " instead of " + expected);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from intensive_registration where session_id = ?",
				Integer.class, s1))
			.as("A and B registered themselves; the coordinator registered B again")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from intensive_session where id = ?", Integer.class, s2))
			.isZero();
	}

}
