package ru.opora.publicsite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo municipalities' public pages and JSON blocks (Russian and English) name no
 * person and show no risk-factor significance of a school: every account's and every
 * teacher's full name in the database (and its «Фамилия И. О.» form) is searched for, and
 * the significance labels (high / medium / low, both languages) as words.
 */
class PublicPagePrivacyIntegrationTests extends PortalIntegrationTest {

	private static final List<String> PAGES = List.of("/public/baley", "/public/baley?lang=en", "/public/gatchina",
			"/public/gatchina?lang=en", "/public/baley/summary.json", "/public/gatchina/summary.json");

	@Autowired
	private PublicPageCache cache;

	@BeforeEach
	void clearCache() {
		this.cache.clear();
	}

	@Test
	void demoPagesNameNoPerson() throws Exception {
		List<String> names = new ArrayList<>();
		names.addAll(this.jdbc.queryForList("select full_name from app_user", String.class));
		names.addAll(this.jdbc.queryForList("select full_name from teacher", String.class));
		names.addAll(this.jdbc.queryForList("select principal_name from school where principal_name is not null",
				String.class));
		assertThat(names).as("the demo has people").hasSizeGreaterThan(100);
		List<String> forms = new ArrayList<>();
		for (String name : names) {
			if (name.strip().split("\\s+").length < 2) {
				continue; // «выбыл(а)» of an anonymised teacher, one-word test accounts:
							// no person's name
			}
			forms.add(name.strip());
			String initials = initials(name);
			if (initials != null) {
				forms.add(initials);
			}
		}
		for (String url : PAGES) {
			String body = body(url);
			List<String> found = forms.stream().filter((n) -> !n.isBlank() && body.contains(n)).toList();
			assertThat(found).as("person names on %s", url).isEmpty();
		}
	}

	@Test
	void demoPagesShowNoRiskSignificance() throws Exception {
		Pattern significance = Pattern.compile(
				"(?iu)(?<![\\p{L}])(высокая|средняя|низкая|высокий|средний|низкий|значимость|значимости|high|medium|low|significance)(?![\\p{L}])");
		for (String url : PAGES) {
			String body = body(url);
			Matcher m = significance.matcher(body);
			List<String> found = new ArrayList<>();
			while (m.find()) {
				found.add(m.group());
			}
			assertThat(found).as("significance words on %s", url).isEmpty();
		}
	}

	@Test
	void demoPagesAreOpenAndShowTheirSchools() throws Exception {
		String baley = body("/public/baley");
		assertThat(baley).contains("Балейский район", "Жидкинская ООШ", "500+ 2026");
		String gatchina = body("/public/gatchina");
		assertThat(gatchina).contains("Гатчинский муниципальный район", "Сетевое наставничество 2025/2026");
	}

	@Test
	void demoPagesShowTheIndicatorsTheirCoordinatorMarkedPublicAndNoOther() throws Exception {
		// the indicators module behind the page's SPI: Gatchina's demo marks 1, 2, 3, 8
		// and
		// 14 public, not 5
		String page = body("/public/gatchina");
		String shown = this.jdbc.queryForObject("select name_ru from indicator where code = '8'", String.class);
		String hidden = this.jdbc.queryForObject("select name_ru from indicator where code = '5'", String.class);
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(shown).doesNotContain(hidden);
	}

	private String body(String url) throws Exception {
		var response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** «Иванова Мария Петровна» → «Иванова М. П.»; null for a name of one word. */
	static String initials(String fullName) {
		String[] parts = fullName.strip().split("\\s+");
		if (parts.length < 2) {
			return null;
		}
		StringBuilder s = new StringBuilder(parts[0]).append(' ');
		for (int i = 1; i < parts.length; i++) {
			s.append(parts[i].charAt(0)).append('.');
			if (i < parts.length - 1) {
				s.append(' ');
			}
		}
		return s.toString();
	}

}
