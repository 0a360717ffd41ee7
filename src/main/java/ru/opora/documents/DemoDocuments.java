package ru.opora.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.common.MinimalPdf;
import ru.opora.files.FileInfo;
import ru.opora.files.FileKind;
import ru.opora.files.FileService;

/**
 * Demo data of «500+ 2022» in the Baley district: real small PDF and DOCX files in a
 * realistic mix of statuses. Made once, at the first start with demo data, when the demo
 * programme year has no documents yet.
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
					FileInfo file = this.files.store(parts[2], new ByteArrayInputStream(content(parts[2])), 1024 * 1024,
							EnumSet.of(FileKind.PDF, FileKind.DOCX), "school");
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

	private static byte[] content(String fileName) {
		return fileName.endsWith(".docx") ? docx(fileName) : MinimalPdf.withText("Opora demo document");
	}

	private static byte[] docx(String title) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(title.replace(".docx", ""));
			document.createParagraph().createRun().setText("Opora demo document.");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
