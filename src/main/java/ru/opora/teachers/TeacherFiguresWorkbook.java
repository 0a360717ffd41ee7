package ru.opora.teachers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The teachers' figures as a workbook: a sheet of counts per municipality and school, and
 * a sheet of indicators 9–12, 15 per municipality shown whole. Counts only, never a name.
 */
@Component
@RequiredArgsConstructor
class TeacherFiguresWorkbook {

	private final MessageSource messages;

	byte[] write(TeacherFiguresReport report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = workbook.createSheet(SheetNames.safe(msg("teachers.figures.sheet", locale)));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(msg("teachers.figures.exportTitle", locale, report.yearLabel()));
			title.getCell(0).setCellStyle(bold);
			Row head = sheet.createRow(2);
			String[] keys = { "teachers.figures.region", "teachers.figures.municipality", "teachers.figures.school",
					"teachers.figures.teachers", "teachers.figures.riskGroup", "teachers.figures.withPlan",
					"teachers.figures.completed", "teachers.figures.grew" };
			for (int i = 0; i < keys.length; i++) {
				head.createCell(i).setCellValue(msg(keys[i], locale));
				head.getCell(i).setCellStyle(bold);
			}
			int r = 3;
			for (TeacherFiguresReport.Block b : report.municipalities()) {
				if (report.perSchool()) {
					for (TeacherFiguresReport.Row row : b.schools()) {
						line(sheet.createRow(r++), b.regionName(), b.name(), row.name(), row.facts(), null);
					}
				}
				line(sheet.createRow(r++), b.regionName(), b.name(), msg("teachers.figures.municipalityTotal", locale),
						b.total(), bold);
			}
			line(sheet.createRow(r), "", "", msg("teachers.figures.total", locale), report.total(), bold);
			for (int i = 0; i < keys.length; i++) {
				sheet.setColumnWidth(i, ((i < 3) ? 34 : 16) * 256);
			}
			if (!report.indicators().isEmpty()) {
				Sheet ind = workbook.createSheet(SheetNames.safe(msg("teachers.indicators.sheet", locale)));
				Row h = ind.createRow(0);
				String[] cols = { msg("teachers.figures.municipality", locale),
						msg("teachers.indicators.number", locale), msg("teachers.indicators.name", locale),
						msg("teachers.indicators.value", locale), msg("teachers.indicators.numerator", locale),
						msg("teachers.indicators.denominator", locale) };
				for (int i = 0; i < cols.length; i++) {
					h.createCell(i).setCellValue(cols[i]);
					h.getCell(i).setCellStyle(bold);
				}
				int k = 1;
				for (TeacherFiguresReport.Block b : report.municipalities()) {
					TeacherIndicatorValues values = report.indicators().get(b.id());
					if (values == null) {
						continue;
					}
					for (TeacherIndicator i : values.indicators()) {
						Row row = ind.createRow(k++);
						row.createCell(0).setCellValue(b.name());
						row.createCell(1).setCellValue(i.number());
						row.createCell(2).setCellValue(msg("teachers.indicators." + i.number(), locale));
						if (i.yesNo()) {
							row.createCell(3)
								.setCellValue(msg((i.numerator() > 0) ? "common.yes" : "common.no", locale));
						}
						else if (i.percent() != null) {
							row.createCell(3).setCellValue(i.percent().doubleValue());
						}
						row.createCell(4).setCellValue(i.numerator());
						if (i.denominator() != null) {
							row.createCell(5).setCellValue(i.denominator());
						}
					}
				}
				ind.setColumnWidth(0, 34 * 256);
				ind.setColumnWidth(2, 70 * 256);
				for (int i = 3; i < 6; i++) {
					ind.setColumnWidth(i, 14 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Row row, String region, String municipality, String school,
			TeacherIndicators.SchoolFacts f, CellStyle style) {
		row.createCell(0).setCellValue(region);
		row.createCell(1).setCellValue(municipality);
		row.createCell(2).setCellValue(school);
		row.createCell(3).setCellValue(f.teachers());
		row.createCell(4).setCellValue(f.riskGroup());
		row.createCell(5).setCellValue(f.withPlan());
		row.createCell(6).setCellValue(f.completedCourse());
		row.createCell(7).setCellValue(f.competenceGrew());
		if (style != null) {
			row.forEach((c) -> c.setCellStyle(style));
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
