package ru.opora.tabular;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file, or a CSV file (UTF-8 or Windows-1251, separated
 * by «;», «,» or tabs), row by row and without holding the table in memory (POI's SAX
 * sheet reader, never the XSSFWorkbook object model): each row goes to the handler as
 * text cells, numbered as the spreadsheet numbers them (the header is row 1). Date cells
 * read as dd.mm.yyyy (dd.mm.yyyy hh:mm with a time), numbers as Excel shows them without
 * grouping. Anything else is refused with a reason ({@link UnreadableFileException}).
 */
public final class TabularReader {

	/** How much of a text file decides its encoding and separator. */
	static final int SNIFF_BYTES = 64 * 1024;

	/**
	 * Receives the rows of a table.
	 */
	@FunctionalInterface
	public interface RowHandler {

		void row(int number, List<String> cells);

	}

	private TabularReader() {
	}

	/**
	 * Reads an XLSX or a CSV file.
	 * @throws UnreadableFileException when the file is neither (with the reason's key)
	 * @throws ImportAbortedException when the handler stops the reading
	 */
	public static void read(InputStream input, RowHandler handler) {
		read(input, true, handler);
	}

	/**
	 * Reads an XLSX file only: anything else, a CSV text too, is refused with
	 * {@code tabular.file.notXlsx} (or {@code tabular.file.empty}).
	 */
	public static void readXlsx(InputStream input, RowHandler handler) {
		read(input, false, handler);
	}

	private static void read(InputStream input, boolean csv, RowHandler handler) {
		BufferedInputStream in = new BufferedInputStream(input, SNIFF_BYTES + 16);
		try {
			in.mark(SNIFF_BYTES + 8);
			byte[] head = in.readNBytes(SNIFF_BYTES);
			in.reset();
			if (head.length == 0) {
				throw new UnreadableFileException("tabular.file.empty");
			}
			if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
				readSheet(in, csv, handler);
			}
			else if (!csv) {
				throw new UnreadableFileException("tabular.file.notXlsx");
			}
			else if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
				throw new UnreadableFileException("tabular.file.xls");
			}
			else if (looksBinary(head)) {
				throw new UnreadableFileException("tabular.file.notTable");
			}
			else {
				readCsv(in, head, handler);
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException(csv ? "tabular.file.notTable" : "tabular.file.notXlsx", ex);
		}
	}

	private static void readSheet(InputStream in, boolean csv, RowHandler handler) throws IOException {
		String notTable = csv ? "tabular.file.notTable" : "tabular.file.notXlsx";
		// a package opened from a stream is unpacked into memory whole; from a file, POI
		// reads the zip entries on demand and the sheet is parsed as it is inflated
		Path file = Files.createTempFile("opora-import-", ".xlsx");
		try {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			readSheet(file, notTable, handler);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void readSheet(Path file, String notTable, RowHandler handler) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception ex) {
			throw new UnreadableFileException(notTable, ex);
		}
		try {
			XSSFReader reader;
			java.util.Iterator<InputStream> sheets;
			try {
				reader = new XSSFReader(pkg, true);
				sheets = reader.getSheetsData();
			}
			catch (Exception ex) {
				throw new UnreadableFileException(notTable, ex);
			}
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("tabular.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = SAXHelper.newXMLReader();
				DataFormatter formatter = new CellFormatter();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						reader.getSharedStringsTable(), new SheetRows(handler), formatter, false));
				parser.parse(new InputSource(sheet));
			}
			catch (UnreadableFileException | ImportAbortedException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				if (ex.getCause() instanceof ImportAbortedException aborted) {
					throw aborted;
				}
				throw new UnreadableFileException(notTable, ex);
			}
			catch (Exception ex) {
				throw new UnreadableFileException(notTable, ex);
			}
		}
		finally {
			// a read-only package is closed without saving
			pkg.revert();
		}
	}

	private static void readCsv(InputStream in, byte[] head, RowHandler handler) throws IOException {
		Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1251");
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		Reader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		char delimiter = delimiter(new String(head, charset));
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				handler.row((int) record.getRecordNumber(), record.toList());
			}
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new UnreadableFileException("tabular.file.encoding", ex);
			}
			throw new UnreadableFileException("tabular.file.notTable", ex);
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("tabular.file.encoding", ex);
		}
		catch (IllegalStateException ex) {
			throw new UnreadableFileException("tabular.file.notTable", ex);
		}
	}

	/**
	 * The separator that occurs most often in the first line: «;» (what Russian Excel
	 * writes), «,» or a tab.
	 */
	static char delimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = (end >= 0) ? text.substring(0, end) : text;
		char best = ';';
		long bestCount = firstLine.chars().filter((c) -> c == ';').count();
		for (char candidate : new char[] { ',', '\t' }) {
			long count = firstLine.chars().filter((c) -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	static boolean isUtf8(byte[] head) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		// a multi-byte character cut at the end of the sniffed bytes does not count
		for (int cut = 0; cut < 4 && cut < head.length; cut++) {
			try {
				decoder.reset().decode(ByteBuffer.wrap(head, 0, head.length - cut));
				return true;
			}
			catch (CharacterCodingException ex) {
				if (head.length < SNIFF_BYTES) {
					return false;
				}
			}
		}
		return false;
	}

	private static boolean looksBinary(byte[] head) {
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return true;
		}
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Collects the cells of each sheet row into a list, with empty cells for the gaps.
	 */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		SheetRows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			this.handler.row(rowNum + 1, new ArrayList<>(this.cells));
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			this.cells.add((formattedValue != null) ? formattedValue.trim() : "");
		}

	}

}
