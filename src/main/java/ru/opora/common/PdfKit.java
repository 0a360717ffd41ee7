package ru.opora.common;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;

/**
 * What every PDF the portal writes (road maps, the indicators report, the demo documents)
 * shares: the shipped Cyrillic font (DejaVu Sans, regular and bold, embedded) and the
 * plain table cell.
 */
public final class PdfKit {

	private PdfKit() {
	}

	/** DejaVu Sans, embedded (Cyrillic). */
	public static BaseFont regular() {
		return Fonts.REGULAR;
	}

	/** DejaVu Sans Bold, embedded (Cyrillic). */
	public static BaseFont bold() {
		return Fonts.BOLD;
	}

	/** A table cell with padding 3, aligned to the top; {@code null} text is empty. */
	public static PdfPCell cell(String value, Font font, Color background) {
		PdfPCell cell = new PdfPCell(new Phrase((value != null) ? value : "", font));
		cell.setPadding(3);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		if (background != null) {
			cell.setBackgroundColor(background);
		}
		return cell;
	}

	/** Loaded once, on the first PDF (the holder idiom). */
	private static final class Fonts {

		static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");

		static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

		private static BaseFont load(String resource) {
			try (InputStream in = PdfKit.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IOException("Font resource missing: " + resource);
				}
				return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
						BaseFont.EMBEDDED, true, in.readAllBytes(), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
