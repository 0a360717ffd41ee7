package ru.opora.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Russian and English messages have the same keys, every literal key a template uses
 * exists, and every enum constant has a label.
 */
class I18nSyncTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void russianAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> russian = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(russian));
		assertThat(russian).hasSizeGreaterThan(100);
	}

	@Test
	void everyLiteralKeyInTheTemplatesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)(?:\\(|})");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = literal.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(file.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void enumsHaveMessages() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new HashSet<>();
		for (Class<? extends Enum<?>> type : java.util.List.of(ru.opora.users.Role.class,
				ru.opora.schools.SchoolType.class, ru.opora.schools.Settlement.class, ru.opora.audit.AuditAction.class,
				ru.opora.analysis.Assessment.class, ru.opora.analysis.WellbeingFactor.class,
				ru.opora.analysis.SchoolGroup.class, ru.opora.analysis.Trend.class, ru.opora.analysis.ImportKind.class,
				ru.opora.riskprofile.Significance.class, ru.opora.riskprofile.ProfileSource.class,
				ru.opora.riskprofile.RespondentGroup.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = type.getSimpleName() + "." + constant.name();
				if (!keys.contains(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources").resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
