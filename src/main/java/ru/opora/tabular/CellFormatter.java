package ru.opora.tabular;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats the numeric cells of a streamed sheet: dates as dd.mm.yyyy (dd.mm.yyyy hh:mm
 * when the cell's format shows hours) whatever the cell's display format (so «17.01.2022»
 * typed in Excel and «17.01.2022» typed as text read the same), everything else as Excel
 * shows it in the root locale.
 */
final class CellFormatter extends DataFormatter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

	CellFormatter() {
		super(Locale.ROOT);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		if (isDate(value, formatIndex, formatString)) {
			LocalDateTime at = DateUtil.getLocalDateTime(value);
			return formatString.toLowerCase(Locale.ROOT).indexOf('h') >= 0 ? at.format(DATE_TIME)
					: at.toLocalDate().format(CellValues.DATE);
		}
		return super.formatRawCellContents(value, formatIndex, formatString);
	}

	static boolean isDate(double value, int formatIndex, String formatString) {
		if (formatString == null || !DateUtil.isADateFormat(formatIndex, formatString)
				|| !DateUtil.isValidExcelDate(value)) {
			return false;
		}
		String f = formatString.toLowerCase(Locale.ROOT);
		// a time of day alone (h:mm) is not a date
		return f.indexOf('d') >= 0 || f.indexOf('y') >= 0;
	}

}
