package ru.opora.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.springframework.core.io.ClassPathResource;

import ru.opora.common.PdfKit;

/**
 * Demo concept documents as real Russian documents: the text of
 * {@code demo/documents/<KIND>.txt} (structured like a Концепция развития, a
 * Среднесрочная программа or a Программа антирисковых мер) with the school, year and risk
 * factors filled in, written as DOCX (Apache POI) or as PDF (OpenPDF with the shipped
 * DejaVu Sans, so Cyrillic shows everywhere).
 * <p>
 * The markup: {@code = } title, {@code == } heading, {@code - } list item, {@code | }
 * table row (the first row of a table is its header), {@code #} a comment, other lines
 * paragraphs.
 */
final class DemoDocumentWriter {

	private DemoDocumentWriter() {
	}

	enum BlockType {

		TITLE, HEADING, ITEM, ROW, TEXT

	}

	record Block(BlockType type, List<String> cells) {

		String text() {
			return this.cells.get(0);
		}

	}

	/**
	 * The document of a kind with its placeholders filled in.
	 */
	static List<Block> blocks(DocumentKind kind, Map<String, String> values) {
		String source = read("demo/documents/" + kind.name() + ".txt");
		if (source == null) {
			source = read("demo/documents/" + DocumentKind.CONCEPT.name() + ".txt");
		}
		List<Block> blocks = new ArrayList<>();
		for (String raw : source.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.contains("{factors}")) {
				for (String factor : values.getOrDefault("factors", "").split("\n")) {
					if (!factor.isBlank()) {
						blocks.add(new Block(BlockType.ITEM, List.of(factor)));
					}
				}
				continue;
			}
			String filled = fill(line, values);
			if (filled.startsWith("== ")) {
				blocks.add(new Block(BlockType.HEADING, List.of(filled.substring(3))));
			}
			else if (filled.startsWith("= ")) {
				blocks.add(new Block(BlockType.TITLE, List.of(filled.substring(2))));
			}
			else if (filled.startsWith("- ")) {
				blocks.add(new Block(BlockType.ITEM, List.of(filled.substring(2))));
			}
			else if (filled.startsWith("| ")) {
				List<String> cells = new ArrayList<>();
				for (String cell : filled.substring(2).split(" \\| ")) {
					cells.add(cell.strip());
				}
				blocks.add(new Block(BlockType.ROW, cells));
			}
			else {
				blocks.add(new Block(BlockType.TEXT, List.of(filled)));
			}
		}
		return blocks;
	}

	static byte[] docx(List<Block> blocks) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = null;
			for (Block block : blocks) {
				if (block.type() != BlockType.ROW) {
					table = null;
				}
				switch (block.type()) {
					case TITLE -> {
						XWPFParagraph p = document.createParagraph();
						p.setAlignment(ParagraphAlignment.CENTER);
						run(p, block.text(), true, 16);
					}
					case HEADING -> {
						XWPFParagraph p = document.createParagraph();
						p.setSpacingBefore(240);
						run(p, block.text(), true, 13);
					}
					case ITEM -> run(document.createParagraph(), "• " + block.text(), false, 11);
					case TEXT -> run(document.createParagraph(), block.text(), false, 11);
					case ROW -> {
						boolean header = table == null;
						XWPFTableRow row;
						if (header) {
							table = document.createTable(1, block.cells().size());
							table.setWidth("100%");
							row = table.getRow(0);
						}
						else {
							row = table.createRow();
						}
						for (int c = 0; c < block.cells().size(); c++) {
							XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
							run(p, block.cells().get(c), header, 10);
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] pdf(List<Block> blocks) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			com.lowagie.text.Document document = new com.lowagie.text.Document(PageSize.A4, 56, 42, 42, 42);
			PdfWriter.getInstance(document, out);
			document.open();
			BaseFont regular = PdfKit.regular();
			BaseFont bold = PdfKit.bold();
			Font title = new Font(bold, 15);
			Font heading = new Font(bold, 12);
			Font text = new Font(regular, 10);
			Font cellHead = new Font(bold, 8);
			Font cellText = new Font(regular, 8);
			PdfPTable table = null;
			boolean header = false;
			for (Block block : blocks) {
				if (block.type() != BlockType.ROW && table != null) {
					document.add(table);
					table = null;
				}
				switch (block.type()) {
					case TITLE -> {
						Paragraph p = new Paragraph(block.text(), title);
						p.setAlignment(Element.ALIGN_CENTER);
						p.setSpacingAfter(10);
						document.add(p);
					}
					case HEADING -> {
						Paragraph p = new Paragraph(block.text(), heading);
						p.setSpacingBefore(10);
						p.setSpacingAfter(4);
						document.add(p);
					}
					case ITEM -> {
						Paragraph p = new Paragraph("• " + block.text(), text);
						p.setIndentationLeft(12);
						document.add(p);
					}
					case TEXT -> {
						Paragraph p = new Paragraph(block.text(), text);
						p.setSpacingAfter(4);
						document.add(p);
					}
					case ROW -> {
						header = table == null;
						if (header) {
							table = new PdfPTable(block.cells().size());
							table.setWidthPercentage(100);
							table.setSpacingBefore(4);
							table.setSpacingAfter(6);
						}
						for (String value : block.cells()) {
							PdfPCell cell = new PdfPCell(new Phrase(value, header ? cellHead : cellText));
							cell.setPadding(3);
							if (header) {
								cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
							}
							table.addCell(cell);
						}
					}
				}
			}
			if (table != null) {
				document.add(table);
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("Times New Roman");
	}

	private static String fill(String line, Map<String, String> values) {
		String result = line;
		for (Map.Entry<String, String> e : values.entrySet()) {
			result = result.replace("{" + e.getKey() + "}", e.getValue());
		}
		return result;
	}

	private static String read(String resource) {
		ClassPathResource file = new ClassPathResource(resource);
		if (!file.exists()) {
			return null;
		}
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
