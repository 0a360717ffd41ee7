package ru.opora.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming reader: XLSX and CSV rows numbered as the spreadsheet numbers them, date
 * and number cells as text, unreadable files refused with a reason.
 */
class TabularReaderTests {

	record Line(int number, List<String> cells) {
	}

	static List<Line> read(byte[] bytes) {
		List<Line> lines = new ArrayList<>();
		TabularReader.read(new ByteArrayInputStream(bytes), (n, cells) -> lines.add(new Line(n, cells)));
		return lines;
	}

	@Test
	void csvWithSemicolonsBomAndQuotesKeepsTheLineNumbersOfBlankLines() {
		byte[] csv = "\uFEFFШкола;Год\n\"Школа № 1; корпус 2\";2025\n\n  ;  \nГимназия 3;2026\n"
			.getBytes(StandardCharsets.UTF_8);
		List<Line> lines = read(csv);
		assertThat(lines).extracting(Line::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(lines.get(0).cells()).containsExactly("Школа", "Год");
		assertThat(lines.get(1).cells()).containsExactly("Школа № 1; корпус 2", "2025");
		assertThat(lines.get(4).cells()).containsExactly("Гимназия 3", "2026");
	}

	@Test
	void csvInWindows1251WithCommasOrTabs() {
		assertThat(read("Школа,Год\nЛицей,2025\n".getBytes(Charset.forName("windows-1251"))).get(1).cells())
			.containsExactly("Лицей", "2025");
		assertThat(read("Школа\tГод\nЛицей\t2025\n".getBytes(StandardCharsets.UTF_8)).get(1).cells())
			.containsExactly("Лицей", "2025");
	}

	@Test
	void xlsxRowsAreNumberedAsTheSheetNumbersThemAndGapsBecomeEmptyCells() throws IOException {
		byte[] xlsx = TabularFiles
			.xlsx(Arrays.asList(List.of("Раздел", "Срок", "Число"), List.of("Первый", LocalDate.of(2022, 1, 17), 12345),
					null, null, Arrays.asList(null, "январь–февраль", 12.5)));
		List<Line> lines = read(xlsx);
		assertThat(lines).extracting(Line::number).containsExactly(1, 2, 5);
		assertThat(lines.get(1).cells()).containsExactly("Первый", "17.01.2022", "12345");
		assertThat(lines.get(2).cells()).containsExactly("", "январь–февраль", "12.5");
	}

	@Test
	void xlsxOnlyRefusesCsv() throws IOException {
		byte[] csv = "Описание;Сроки\nСовещание;Январь\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> TabularReader.readXlsx(new ByteArrayInputStream(csv), (n, c) -> {
		})).isInstanceOf(UnreadableFileException.class).extracting("messageKey").isEqualTo("tabular.file.notXlsx");
		List<Line> lines = new ArrayList<>();
		TabularReader.readXlsx(new ByteArrayInputStream(TabularFiles.xlsx(List.of(List.of("А")))),
				(n, c) -> lines.add(new Line(n, c)));
		assertThat(lines).containsExactly(new Line(1, List.of("А")));
	}

	@Test
	void unreadableFilesAreRefusedWithTheReason() {
		assertThat(reason(new byte[0])).isEqualTo("tabular.file.empty");
		assertThat(reason(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }))
			.isEqualTo("tabular.file.xls");
		assertThat(reason("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("tabular.file.notTable");
		assertThat(reason(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })).isEqualTo("tabular.file.notTable");
	}

	@Test
	void aHandlerStopsTheReading() throws IOException {
		List<Integer> seen = new ArrayList<>();
		byte[] xlsx = TabularFiles.xlsx(List.of(List.of("a"), List.of("b"), List.of("c")));
		assertThatThrownBy(() -> TabularReader.read(new ByteArrayInputStream(xlsx), (n, c) -> {
			seen.add(n);
			if (n == 2) {
				throw new ImportAbortedException();
			}
		})).isInstanceOf(ImportAbortedException.class);
		assertThat(seen).containsExactly(1, 2);
	}

	@Test
	void aCsvIsReadWhileItArrivesNotAfterItWasReadWhole() {
		int lines = 200_000;
		CountingLines input = new CountingLines(lines);
		int[] bytesReadAtFirstDataRow = { -1 };
		int[] rows = { 0 };
		TabularReader.read(input, (n, cells) -> {
			if (n == 2) {
				bytesReadAtFirstDataRow[0] = input.served;
			}
			rows[0]++;
		});
		assertThat(rows[0]).isEqualTo(lines + 1);
		assertThat(bytesReadAtFirstDataRow[0]).isPositive().isLessThan(input.total / 10);
	}

	private static String reason(byte[] bytes) {
		try {
			read(bytes);
		}
		catch (UnreadableFileException ex) {
			return ex.getMessageKey();
		}
		return null;
	}

	/** A CSV of numbered lines, generated as it is read. */
	static final class CountingLines extends InputStream {

		final int total;

		int served;

		private final byte[] all;

		CountingLines(int lines) {
			StringBuilder text = new StringBuilder("Номер;Текст\n");
			for (int i = 0; i < lines; i++) {
				text.append(i).append(";строка ").append(i).append('\n');
			}
			this.all = text.toString().getBytes(StandardCharsets.UTF_8);
			this.total = this.all.length;
		}

		@Override
		public int read() {
			return (this.served < this.total) ? (this.all[this.served++] & 0xFF) : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.served >= this.total) {
				return -1;
			}
			int n = Math.min(len, this.total - this.served);
			System.arraycopy(this.all, this.served, b, off, n);
			this.served += n;
			return n;
		}

	}

}
