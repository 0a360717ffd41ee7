package ru.opora.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;

/**
 * Demo data of «500+ 2022» in the Baley district: real Russian PDF and DOCX documents
 * (see {@link DemoDocumentWriter}) in a realistic mix of statuses. Made once, at the
 * first start with demo data, when the demo programme year has no documents yet.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("opora.demo.enabled")
@RequiredArgsConstructor
class DemoDocuments implements ApplicationRunner {

	private final DocumentRepository documents;

	private final FileService files;

	private final JdbcClient jdbc;

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		List<Long> years = this.jdbc
			.sql("select id from programme_year where year = 2022 and created_by = 'coordinator' order by id")
			.query(Long.class)
			.list();
		if (years.isEmpty() || !this.documents.findByProgrammeYearId(years.get(0)).isEmpty()) {
			return;
		}
		long year = years.get(0);
		try (InputStream in = new ClassPathResource("demo/documents-2022.tsv").getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					this.documents.save(replay(year, line.split("\t")));
				}
			}
		}
	}

	/**
	 * One document through its steps, each on its day.
	 */
	private Document replay(long year, String[] columns) {
		DocumentKind kind = DocumentKind.valueOf(columns[1]);
		Long factor = "-".equals(columns[2]) ? null : factor(year, Integer.parseInt(columns[2]));
		String[] steps = columns[3].split(" \\| ");
		Document document = new Document(year, school(columns[0]), kind, factor, at(steps[0].split(" ")[1]));
		for (String step : steps) {
			String[] parts = step.split(" ", 3);
			Instant day = at(parts[1]);
			switch (parts[0]) {
				case "upload" -> {
					FileInfo file = this.files.store(parts[2],
							new ByteArrayInputStream(content(parts[2], kind, year, document.getSchoolId(), factor)),
							1024 * 1024, EnumSet.of(FileKind.PDF, FileKind.DOCX), "school");
					document.addVersion(file.id(), null, "school", day);
				}
				case "submit" -> document.submit(day);
				case "approve" -> {
					String[] rest = parts[2].split(" ", 2);
					document.approve(rest[0], (rest.length > 1) ? rest[1] : null, day);
				}
				case "return" -> {
					String[] rest = parts[2].split(" ", 3);
					document.returnForRevision(rest[0], rest[2],
							java.util.Arrays.stream(rest[1].split(",")).map(Integer::valueOf).toList(), day);
				}
				default -> throw new IllegalStateException("Unknown demo step " + parts[0]);
			}
		}
		return document;
	}

	private long school(String shortName) {
		return this.jdbc.sql("select id from school where short_name = ?").param(shortName).query(Long.class).single();
	}

	private long factor(long year, int number) {
		return this.jdbc.sql("""
				select f.id from risk_factor f join programme_year p on f.catalogue_year = p.year
				where p.id = ? and f.number = ?""").params(year, number).query(Long.class).single();
	}

	private static Instant at(String day) {
		return Instant.parse(day + "T07:00:00Z");
	}

	/**
	 * A real Russian document of the kind for the school (DOCX or PDF, as the file is
	 * named).
	 */
	private byte[] content(String fileName, DocumentKind kind, long year, long schoolId, Long factorId) {
		Map<String, Object> school = this.jdbc
			.sql("""
					select s.name, s.short_name, m.name as district from school s join municipality m on m.id = s.municipality_id
					where s.id = ?""")
			.param(schoolId)
			.query()
			.singleRow();
		int calendarYear = this.jdbc.sql("select year from programme_year where id = ?")
			.param(year)
			.query(Integer.class)
			.single();
		String factors = String.join("\n",
				this.jdbc
					.sql("""
							select f.number || '. ' || f.name from risk_factor_choice c join risk_factor f on f.id = c.risk_factor_id
							where c.programme_year_id = ? and c.school_id = ? order by f.number""")
					.params(year, schoolId)
					.query(String.class)
					.list());
		String factor = (factorId == null) ? ""
				: this.jdbc.sql("select name from risk_factor where id = ?")
					.param(factorId)
					.query(String.class)
					.single();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("school", (String) school.get("name"));
		values.put("short", (String) school.get("short_name"));
		values.put("district", (String) school.get("district"));
		values.put("year2", String.valueOf(calendarYear + 2));
		values.put("year", String.valueOf(calendarYear));
		values.put("factors", factors);
		values.put("factor", factor);
		List<DemoDocumentWriter.Block> blocks = DemoDocumentWriter.blocks(kind, values);
		return fileName.endsWith(".docx") ? DemoDocumentWriter.docx(blocks) : DemoDocumentWriter.pdf(blocks);
	}

}
