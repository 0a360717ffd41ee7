package ru.opora.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts with the right noun form: «1 школа», «3 школы», «11 школ»; in English one/many.
 * Templates call {@code ${@plural.format(count, 'plural.school')}}; the message keys are
 * {@code <key>.one}, {@code <key>.few} and {@code <key>.many}.
 */
@Component("plural")
public class Plurals {

	private final MessageSource messages;

	Plurals(MessageSource messages) {
		this.messages = messages;
	}

	public String format(long count, String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return count + " " + this.messages.getMessage(key + "." + form(count, locale), null, locale);
	}

	static String form(long count, Locale locale) {
		long n = Math.abs(count);
		if (!"ru".equals(locale.getLanguage())) {
			return (n == 1) ? "one" : "many";
		}
		long lastTwo = n % 100;
		long last = n % 10;
		if (last == 1 && lastTwo != 11) {
			return "one";
		}
		if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
			return "few";
		}
		return "many";
	}

}
