package ru.opora.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small XLSX files for the tabular tests: a {@code null} row leaves the sheet row out, a
 * {@link LocalDate} is a real date cell (dd.mm.yyyy), a {@link Number} a numeric cell.
 */
final class TabularFiles {

	private TabularFiles() {
	}

	static byte[] xlsx(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Данные");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			for (int r = 0; r < rows.size(); r++) {
				if (rows.get(r) == null) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object v = rows.get(r).get(c);
					if (v instanceof LocalDate d) {
						row.createCell(c).setCellValue(d);
						row.getCell(c).setCellStyle(date);
					}
					else if (v instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
