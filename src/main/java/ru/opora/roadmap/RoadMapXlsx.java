package ru.opora.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ru.opora.common.SheetNames;

/**
 * Writes a road map as an XLSX sheet: a header row, then each section as a merged title
 * row followed by its rows, numbered through like the page.
 */
@Component
@RequiredArgsConstructor
class RoadMapXlsx {

	private final MessageSource messages;

	byte[] export(RoadMapDetails map) {
		Locale locale = LocaleContextHolder.getLocale();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book
				.createSheet(SheetNames.safe(this.messages.getMessage("roadmap.xlsx.sheet", null, locale)));
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			int r = 0;
			Row head = sheet.createRow(r++);
			head.createCell(0).setCellValue(this.messages.getMessage("roadmap.col.number", null, locale));
			head.getCell(0).setCellStyle(header);
			int c = 1;
			for (ItemField f : map.fields()) {
				head.createCell(c)
					.setCellValue(this.messages.getMessage(
							"roadmap.field." + map.kind().name().toLowerCase(Locale.ROOT) + "." + f.code(), null,
							locale));
				head.getCell(c++).setCellStyle(header);
			}
			int number = 1;
			for (SectionView section : map.sections()) {
				Row title = sheet.createRow(r);
				title.createCell(0).setCellValue(section.title());
				title.getCell(0).setCellStyle(header);
				sheet.addMergedRegion(new CellRangeAddress(r, r, 0, map.fields().size()));
				r++;
				for (ItemView item : section.items()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(number++);
					c = 1;
					for (ItemField f : map.fields()) {
						String value = (f == ItemField.STATUS)
								? this.messages.getMessage("MeasureStatus." + item.status(), null, locale)
										+ ((item.postponeReason() != null) ? ": " + item.postponeReason() : "")
								: item.value(f);
						row.createCell(c).setCellValue((value != null) ? value : "");
						row.getCell(c++).setCellStyle(wrap);
					}
				}
			}
			sheet.setColumnWidth(0, 6 * 256);
			for (int i = 1; i <= map.fields().size(); i++) {
				sheet.setColumnWidth(i, 30 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
