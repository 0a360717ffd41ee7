package ru.opora.roadmap;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A printable road map (A4 landscape) with the DejaVu Sans font shipped in the
 * application ({@code fonts/}), so Cyrillic never depends on the fonts of the server.
 */
import ru.opora.common.PdfKit;

@Component
@RequiredArgsConstructor
class RoadMapPdf {

	private final MessageSource messages;

	byte[] print(RoadMapDetails map) {
		Locale locale = LocaleContextHolder.getLocale();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
			PdfWriter.getInstance(document, out);
			document.open();
			Font title = new Font(PdfKit.bold(), 14);
			Font head = new Font(PdfKit.bold(), 8);
			Font text = new Font(PdfKit.regular(), 8);
			String heading = map.school() ? msg("roadmap.school.title", locale, map.schoolName())
					: msg("roadmap.municipal.title", locale);
			document.add(new Paragraph(heading + " · " + map.year().title(), title));
			document.add(new Paragraph(
					msg("roadmap.progress.percent", locale, map.progress().percentDone()) + "  "
							+ msg("roadmap.progress.counts", locale, map.progress().done(), map.progress().total()),
					text));
			document.add(new Paragraph(" ", text));
			int columns = map.fields().size() + 1;
			PdfPTable table = new PdfPTable(columns);
			table.setWidthPercentage(100);
			float[] widths = new float[columns];
			widths[0] = 0.4f;
			for (int i = 1; i < columns; i++) {
				widths[i] = (map.fields().get(i - 1) == ItemField.ACTION) ? 3f : 1.6f;
			}
			table.setWidths(widths);
			table.setHeaderRows(1);
			table.addCell(PdfKit.cell(msg("roadmap.col.number", locale), head, null));
			for (ItemField f : map.fields()) {
				table.addCell(PdfKit.cell(
						msg("roadmap.field." + map.kind().name().toLowerCase(Locale.ROOT) + "." + f.code(), locale),
						head, null));
			}
			int number = 1;
			for (SectionView section : map.sections()) {
				PdfPCell sectionCell = PdfKit.cell(
						section.title() + " — "
								+ msg("roadmap.progress.percent", locale, section.progress().percentDone()),
						head, new Color(233, 239, 247));
				sectionCell.setColspan(columns);
				table.addCell(sectionCell);
				for (ItemView item : section.items()) {
					table.addCell(PdfKit.cell(String.valueOf(number++), text, null));
					for (ItemField f : map.fields()) {
						String value = (f == ItemField.STATUS)
								? msg("MeasureStatus." + item.status(), locale)
										+ ((item.postponeReason() != null) ? ": " + item.postponeReason() : "")
								: item.value(f);
						if (f == ItemField.DUE && item.dueState() != DueState.NONE) {
							value = value + " (" + msg("DueState." + item.dueState(), locale) + ")";
						}
						table.addCell(PdfKit.cell(value, text, null));
					}
				}
			}
			document.add(table);
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
