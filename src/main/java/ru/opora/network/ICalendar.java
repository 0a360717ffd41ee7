package ru.opora.network;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal iCalendar (RFC 5545) writer: CRLF line endings, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped, times in UTC.
 */
final class ICalendar {

	static final String CRLF = "\r\n";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final StringBuilder out = new StringBuilder();

	private final Instant stamp;

	ICalendar(String name, Instant stamp) {
		this.stamp = stamp;
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Opora//Network mentoring//RU");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		line("X-WR-CALNAME:" + text(name));
	}

	/** An event with a start and an end time. */
	ICalendar event(String uid, Instant start, Instant end, String summary, String location, String description,
			String status) {
		begin(uid, status);
		line("DTSTART:" + UTC.format(start));
		line("DTEND:" + UTC.format(end));
		return details(summary, location, description);
	}

	/** An all-day event. */
	ICalendar allDay(String uid, LocalDate date, String summary, String location, String description, String status) {
		begin(uid, status);
		line("DTSTART;VALUE=DATE:" + DATE.format(date));
		line("DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
		return details(summary, location, description);
	}

	String end() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	private void begin(String uid, String status) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + UTC.format(this.stamp));
		line("STATUS:" + status);
	}

	private ICalendar details(String summary, String location, String description) {
		line("SUMMARY:" + text(summary));
		if (location != null && !location.isBlank()) {
			line("LOCATION:" + text(location));
		}
		if (description != null && !description.isBlank()) {
			line("DESCRIPTION:" + text(description));
		}
		line("END:VEVENT");
		return this;
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	private void line(String content) {
		this.out.append(fold(content)).append(CRLF);
	}

	/** Folds a content line into lines of at most 75 octets (RFC 5545 3.1). */
	static String fold(String content) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			int size = ch.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				folded.append(CRLF).append(' ');
				octets = 1;
			}
			folded.append(ch);
			octets += size;
			i += Character.charCount(cp);
		}
		return folded.toString();
	}

}
