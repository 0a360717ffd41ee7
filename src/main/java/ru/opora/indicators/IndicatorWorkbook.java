package ru.opora.indicators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.opora.common.SheetNames;
import ru.opora.schools.MunicipalityOption;

/**
 * The indicators as a workbook: a municipality's period (and a sheet of the trend over
 * its periods), or the region's comparison. Figures only, no school names.
 */
@Component
@RequiredArgsConstructor
class IndicatorWorkbook {

	private final MessageSource messages;

	private final ValueFormat format;

	byte[] write(IndicatorPage page, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = bold(workbook);
			Sheet sheet = workbook.createSheet(SheetNames.safe(msg("indicators.export.sheet", locale)));
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue(msg("indicators.title", locale) + " · " + page.municipality().name()
						+ ((page.period() != null) ? " · " + periodLabel(page.period(), locale) : ""));
			title.getCell(0).setCellStyle(bold);
			String[] heads = { "indicators.col.number", "indicators.col.name", "indicators.col.unit",
					"indicators.col.target", "indicators.col.value", "indicators.col.status",
					"indicators.col.numerator", "indicators.col.denominator", "indicators.col.source",
					"indicators.col.comment" };
			header(sheet.createRow(2), heads, bold, locale);
			int r = 3;
			for (IndicatorRow row : page.rows()) {
				Indicator i = row.indicator();
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(i.code());
				line.createCell(1).setCellValue(i.name(locale));
				if (i.heading()) {
					continue;
				}
				line.createCell(2).setCellValue(this.format.unit(i, locale));
				number(line, 3, row.target());
				number(line, 4, row.value());
				line.createCell(5).setCellValue(this.format.status(row.status(), locale));
				if (row.computed() != null) {
					line.createCell(6).setCellValue(row.computed().numerator());
					if (row.computed().denominator() != null) {
						line.createCell(7).setCellValue(row.computed().denominator());
					}
				}
				line.createCell(8).setCellValue(msg("IndicatorSource." + i.source().name(), locale));
				if (row.comment() != null) {
					line.createCell(9).setCellValue(row.comment());
				}
			}
			sheet.setColumnWidth(1, 80 * 256);
			sheet.setColumnWidth(9, 50 * 256);
			for (int c : new int[] { 2, 3, 4, 5, 6, 7, 8 }) {
				sheet.setColumnWidth(c, 16 * 256);
			}
			if (!page.periods().isEmpty()) {
				Sheet trend = workbook.createSheet(SheetNames.safe(msg("indicators.export.trendSheet", locale)));
				Row h = trend.createRow(0);
				h.createCell(0).setCellValue(msg("indicators.col.number", locale));
				h.createCell(1).setCellValue(msg("indicators.col.name", locale));
				for (int p = 0; p < page.periods().size(); p++) {
					h.createCell(2 + p).setCellValue(periodLabel(page.periods().get(p), locale));
				}
				h.forEach((c) -> c.setCellStyle(bold));
				int k = 1;
				for (IndicatorRow row : page.rows()) {
					if (row.indicator().heading()) {
						continue;
					}
					Row line = trend.createRow(k++);
					line.createCell(0).setCellValue(row.indicator().code());
					line.createCell(1).setCellValue(row.indicator().name(locale));
					for (int p = 0; p < row.trendValues().size(); p++) {
						number(line, 2 + p, row.trendValues().get(p));
					}
				}
				trend.setColumnWidth(1, 70 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] write(IndicatorComparison c, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = bold(workbook);
			Sheet sheet = workbook.createSheet(SheetNames.safe(msg("indicators.region.sheet", locale)));
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue(msg("indicators.region.title", locale) + " · " + c.regionName(c.regionId()) + " · "
						+ c.year() + " · " + msg("Checkpoint." + c.checkpoint().name(), locale));
			title.getCell(0).setCellStyle(bold);
			Row h = sheet.createRow(2);
			h.createCell(0).setCellValue(msg("indicators.col.number", locale));
			h.createCell(1).setCellValue(msg("indicators.col.name", locale));
			h.createCell(2).setCellValue(msg("indicators.col.unit", locale));
			int col = 3;
			for (MunicipalityOption m : c.municipalities()) {
				h.createCell(col++).setCellValue(m.name() + " · " + msg("indicators.col.value", locale));
				h.createCell(col++).setCellValue(m.name() + " · " + msg("indicators.col.target", locale));
			}
			h.forEach((cell) -> cell.setCellStyle(bold));
			int r = 3;
			for (Indicator i : c.catalogue()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(i.code());
				line.createCell(1).setCellValue(i.name(locale));
				if (i.heading()) {
					continue;
				}
				line.createCell(2).setCellValue(this.format.unit(i, locale));
				int k = 3;
				for (MunicipalityOption m : c.municipalities()) {
					IndicatorComparison.Cell cell = c.cell(m.id(), i.code());
					number(line, k++, (cell != null) ? cell.value() : null);
					number(line, k++, (cell != null) ? cell.target() : null);
				}
			}
			sheet.setColumnWidth(1, 70 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void header(Row row, String[] keys, CellStyle bold, Locale locale) {
		for (int i = 0; i < keys.length; i++) {
			row.createCell(i).setCellValue(msg(keys[i], locale));
			row.getCell(i).setCellStyle(bold);
		}
	}

	private static void number(Row row, int column, BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private static CellStyle bold(XSSFWorkbook workbook) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		return bold;
	}

	String periodLabel(Period period, Locale locale) {
		return period.title() + " · " + msg("Checkpoint." + period.checkpoint().name(), locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
