package ru.opora.web;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "0,many", "1,one", "2,few", "4,few", "5,many", "11,many", "12,many", "14,many", "21,one", "22,few",
			"101,one", "111,many", "112,many", "1002,few", "-1,one" })
	void russianForms(long count, String form) {
		assertThat(Plurals.form(count, Locale.forLanguageTag("ru"))).isEqualTo(form);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "0,many", "1,one", "2,many", "21,many" })
	void englishForms(long count, String form) {
		assertThat(Plurals.form(count, Locale.ENGLISH)).isEqualTo(form);
	}

}
