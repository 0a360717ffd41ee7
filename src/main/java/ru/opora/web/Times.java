package ru.opora.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as the pages show them, with the portal's time zone: «14.03.2026 10:15 (МСК)», «…
 * (UTC+9)» elsewhere. The times handed over are already in the portal's zone (the
 * {@link Clock}'s). Templates call {@code ${@times.dateTime(t)}}.
 */
@Component("times")
public class Times {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final MessageSource messages;

	private final ZoneId zone;

	/**
	 * The formatters by locale and pattern: parsing the pattern on each call was most of
	 * a call's cost.
	 */
	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	Times(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.zone = clock.getZone();
	}

	public String dateTime(LocalDateTime time) {
		if (time == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = this.messages.getMessage("format.datetime", null, locale);
		DateTimeFormatter formatter = this.formatters.computeIfAbsent(locale.toLanguageTag() + '|' + pattern,
				(k) -> DateTimeFormatter.ofPattern(pattern, locale));
		return time.format(formatter) + " (" + zoneLabel(time, locale) + ")";
	}

	String zoneLabel(LocalDateTime time, Locale locale) {
		if (this.zone.equals(MOSCOW)) {
			return this.messages.getMessage("format.zone.moscow", null, locale);
		}
		ZoneOffset offset = this.zone.getRules().getOffset(time);
		return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
	}

}
