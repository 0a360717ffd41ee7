package ru.opora.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real small files of the kinds people upload, made on the fly.
 */
public final class TestFiles {

	private TestFiles() {
	}

	private static final java.util.Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * A valid one-page PDF with the given (ASCII) text, written by OpenPDF; the same text
	 * gives the same bytes (a PDF carries a random id, so each is made once).
	 */
	public static byte[] pdf(String text) {
		return PDFS.computeIfAbsent(text, TestFiles::writePdf).clone();
	}

	private static byte[] writePdf(String text) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			com.lowagie.text.Document document = new com.lowagie.text.Document();
			com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
			document.open();
			document.add(new com.lowagie.text.Paragraph(text));
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A valid DOCX with one paragraph.
	 */
	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The start of a Windows executable (MZ header), whatever it is named.
	 */
	public static byte[] executable() {
		byte[] bytes = new byte[4096];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		for (int i = 2; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		return bytes;
	}

}
