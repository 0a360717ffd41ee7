package ru.opora.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network as a workbook a coordinator can send to the region: pairs with their
 * activity, every joint activity with participants by group, and the results of the
 * member schools over the years.
 */
@Component
@RequiredArgsConstructor
class NetworkWorkbook {

	private final NetworkDashboardService dashboards;

	private final ActivityService activities;

	private final NetworkPairRepository pairs;

	private final MessageSource messages;

	@Transactional(readOnly = true)
	public byte[] export(Long networkId, Locale locale) {
		NetworkDashboard d = this.dashboards.dashboard(networkId);
		DateTimeFormatter date = DateTimeFormatter.ofPattern(msg("format.date", locale));
		List<Long> pairIds = this.pairs.findByNetworkIdOrderByIdAsc(networkId)
			.stream()
			.map(NetworkPair::getId)
			.toList();
		List<ActivityView> acts = pairIds.isEmpty() ? List.of()
				: this.activities.views(this.activities.activitiesOfPairs(pairIds));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet pairSheet = workbook
				.createSheet(ru.opora.common.SheetNames.safe(msg("network.export.sheetPairs", locale)));
			header(pairSheet, bold, locale, "network.pair.mentor", "network.pair.mentee", "network.export.origin",
					"network.suggestion.score", "network.export.active", "network.detail.held",
					"network.detail.planned", "network.detail.lastHeld", "network.export.inactive",
					"network.export.curator");
			int r = 1;
			for (NetworkDashboard.PairRow row : d.rows()) {
				PairView p = row.pair();
				Row line = pairSheet.createRow(r++);
				line.createCell(0).setCellValue(p.mentorName());
				line.createCell(1).setCellValue(p.menteeName());
				line.createCell(2).setCellValue(msg("network.export.origin." + p.origin(), locale));
				if (p.score() != null) {
					line.createCell(3).setCellValue(p.score());
				}
				line.createCell(4).setCellValue(msg(p.active() ? "common.yes" : "common.no", locale));
				line.createCell(5).setCellValue(p.held());
				line.createCell(6).setCellValue(p.planned());
				line.createCell(7).setCellValue((p.lastHeld() != null) ? date.format(p.lastHeld()) : "");
				line.createCell(8).setCellValue(msg(p.inactive() ? "common.yes" : "common.no", locale));
				line.createCell(9).setCellValue(msg("network.export.curator." + p.curatorCheck(), locale));
			}
			widths(pairSheet, 10, 28);

			Sheet actSheet = workbook
				.createSheet(ru.opora.common.SheetNames.safe(msg("network.export.sheetActivities", locale)));
			header(actSheet, bold, locale, "network.pair.mentor", "network.pair.mentee", "network.activity.date",
					"network.activity.kind", "network.activity.topic", "network.activity.status",
					"ParticipantGroup.LEADERS", "ParticipantGroup.TEACHERS", "ParticipantGroup.STUDENTS",
					"ParticipantGroup.PARENTS", "network.activity.report", "network.activity.curatorNote",
					"network.activity.files");
			java.util.Map<Long, PairView> byId = new java.util.HashMap<>();
			d.rows().forEach((row) -> byId.put(row.pair().id(), row.pair()));
			r = 1;
			for (ActivityView a : acts) {
				PairView p = byId.get(a.pairId());
				Row line = actSheet.createRow(r++);
				line.createCell(0).setCellValue((p != null) ? p.mentorName() : "");
				line.createCell(1).setCellValue((p != null) ? p.menteeName() : "");
				line.createCell(2).setCellValue(date.format(a.date()));
				line.createCell(3).setCellValue(a.kindName());
				line.createCell(4).setCellValue(a.topic());
				line.createCell(5).setCellValue(msg("ActivityStatus." + a.status(), locale));
				line.createCell(6).setCellValue(a.participants().leaders());
				line.createCell(7).setCellValue(a.participants().teachers());
				line.createCell(8).setCellValue(a.participants().students());
				line.createCell(9).setCellValue(a.participants().parents());
				line.createCell(10).setCellValue((a.report() != null) ? a.report() : "");
				line.createCell(11).setCellValue((a.curatorNote() != null) ? a.curatorNote() : "");
				line.createCell(12).setCellValue(a.files().size());
			}
			widths(actSheet, 13, 22);

			Sheet resultSheet = workbook
				.createSheet(ru.opora.common.SheetNames.safe(msg("network.export.sheetResults", locale)));
			Row head = resultSheet.createRow(0);
			head.createCell(0).setCellValue(msg("network.export.school", locale));
			head.createCell(1).setCellValue(msg("network.setup.role", locale));
			for (int i = 0; i < d.years().size(); i++) {
				head.createCell(i + 2).setCellValue(msg("network.export.shareYear", locale, d.years().get(i)));
			}
			head.forEach((c) -> c.setCellStyle(bold));
			r = 1;
			for (NetworkDashboard.ResultRow row : d.results()) {
				Row line = resultSheet.createRow(r++);
				line.createCell(0).setCellValue(row.name());
				line.createCell(1).setCellValue(msg("MemberRole." + row.role(), locale));
				for (int i = 0; i < d.years().size(); i++) {
					java.math.BigDecimal share = row.share(d.years().get(i));
					if (share != null) {
						line.createCell(i + 2).setCellValue(share.doubleValue());
					}
				}
			}
			widths(resultSheet, 2 + d.years().size(), 22);

			Sheet daySheet = workbook
				.createSheet(ru.opora.common.SheetNames.safe(msg("network.export.sheetIntensives", locale)));
			header(daySheet, bold, locale, "network.activity.date", "network.export.day", "network.export.group",
					"network.activity.topic", "network.export.registered", "network.export.attended",
					"network.export.satisfaction", "network.export.answers");
			r = 1;
			for (IntensiveService.DaySummary day : d.intensives()) {
				for (IntensiveService.SessionSummary session : day.sessions()) {
					Row line = daySheet.createRow(r++);
					line.createCell(0).setCellValue(date.format(day.heldOn()));
					line.createCell(1).setCellValue(day.title());
					line.createCell(2).setCellValue(msg("ParticipantGroup." + session.group(), locale));
					line.createCell(3).setCellValue(session.topic());
					line.createCell(4).setCellValue(session.registered().total());
					line.createCell(5).setCellValue(session.attended().total());
					if (session.satisfaction().mean() != null) {
						line.createCell(6).setCellValue(session.satisfaction().mean());
					}
					line.createCell(7).setCellValue(session.satisfaction().count());
				}
			}
			widths(daySheet, 8, 22);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void header(Sheet sheet, CellStyle bold, Locale locale, String... keys) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < keys.length; i++) {
			row.createCell(i).setCellValue(msg(keys[i], locale));
			row.getCell(i).setCellStyle(bold);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void widths(Sheet sheet, int columns, int chars) {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, chars * 256);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
