package ru.opora.indicators;

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
import org.springframework.stereotype.Component;

/**
 * The municipality's printable indicators report (A4 landscape) with the DejaVu Sans font
 * shipped in the application, so Cyrillic never depends on the server's fonts.
 */
import ru.opora.common.PdfKit;

@Component
@RequiredArgsConstructor
class IndicatorPdf {

	private static final Color HEAD = new Color(233, 239, 247);

	private final MessageSource messages;

	private final ValueFormat format;

	byte[] print(IndicatorPage page, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
			PdfWriter.getInstance(document, out);
			document.open();
			Font title = new Font(PdfKit.bold(), 14);
			Font head = new Font(PdfKit.bold(), 8);
			Font text = new Font(PdfKit.regular(), 8);
			document.add(new Paragraph(msg("indicators.title", locale) + " · " + page.municipality().name(), title));
			String period = (page.period() != null) ? page.period().title() + " · "
					+ msg("Checkpoint." + page.period().checkpoint().name(), locale) + " ("
					+ page.period().date().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ")"
					: msg("indicators.noPeriods", locale);
			document.add(new Paragraph(period, text));
			document.add(new Paragraph(msg("indicators.statusRule", locale), text));
			document.add(new Paragraph(" ", text));
			PdfPTable table = new PdfPTable(new float[] { 0.5f, 6f, 1.1f, 1.1f, 1.4f, 1.6f, 3f });
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			for (String key : new String[] { "indicators.col.number", "indicators.col.name", "indicators.col.target",
					"indicators.col.value", "indicators.col.status", "indicators.col.how", "indicators.col.comment" }) {
				table.addCell(PdfKit.cell(msg(key, locale), head, HEAD));
			}
			for (IndicatorRow row : page.rows()) {
				Indicator i = row.indicator();
				if (i.heading()) {
					table.addCell(PdfKit.cell(i.code(), head, null));
					PdfPCell name = PdfKit.cell(i.name(locale), head, null);
					name.setColspan(6);
					table.addCell(name);
					continue;
				}
				table.addCell(PdfKit.cell(i.code(), text, null));
				table.addCell(PdfKit.cell(i.name(locale), text, null));
				table.addCell(PdfKit.cell(this.format.text(i, row.target(), locale), text, null));
				table.addCell(PdfKit.cell(this.format.text(i, row.value(), locale), text, null));
				table.addCell(PdfKit.cell(this.format.status(row.status(), locale), text, null));
				String how = msg("IndicatorSource." + i.source().name(), locale);
				if (row.computed() != null && row.computed().denominator() != null) {
					how += " (" + row.computed().numerator() + " / " + row.computed().denominator() + ")";
				}
				table.addCell(PdfKit.cell(how, text, null));
				table.addCell(PdfKit.cell(row.comment(), text, null));
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
