package ru.opora.network;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	@Test
	void escapesText() {
		assertThat(ICalendar.text("a\\b; c, d\ne\r\nf")).isEqualTo("a\\\\b\\; c\\, d\\ne\\nf");
	}

	@Test
	void foldsAt75OctetsWithoutSplittingCharacters() {
		String line = "SUMMARY:" + "Формирующее оценивание 🙂 ".repeat(10);
		String folded = ICalendar.fold(line);
		for (String part : folded.split("\r\n")) {
			assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.split("\r\n").length).isGreaterThan(5);
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
		assertThat(ICalendar.fold("SHORT:x")).isEqualTo("SHORT:x");
	}

	@Test
	void writesEventsWithCrlfAndUtcTimes() {
		String ics = new ICalendar("Сеть", Instant.parse("2026-03-01T08:00:00Z"))
			.event("a@opora", Instant.parse("2026-03-26T07:00:00Z"), Instant.parse("2026-03-26T12:00:00Z"), "День",
					"Школа, зал", null, "CONFIRMED")
			.allDay("b@opora", LocalDate.of(2026, 3, 31), "Семинар", null, "А → Б", "TENTATIVE")
			.end();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("\r\nUID:a@opora\r\nDTSTAMP:20260301T080000Z\r\n")
			.contains("DTSTART:20260326T070000Z\r\nDTEND:20260326T120000Z\r\n")
			.contains("LOCATION:Школа\\, зал\r\n")
			.contains("DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
	}

}
