package ru.opora.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and dates as files write them.
 */
class CellValuesTests {

	@Test
	void numbersWithCommasSpacesAndPercent() {
		assertThat(CellValues.parseNumber("1 234,5")).isEqualByComparingTo("1234.5");
		assertThat(CellValues.parseNumber("1\u00A0234.5")).isEqualByComparingTo("1234.5");
		assertThat(CellValues.parseNumber("12,5 %")).isEqualByComparingTo("12.5");
		assertThat(CellValues.parseNumber("-3")).isEqualByComparingTo(BigDecimal.valueOf(-3));
		for (String bad : List.of("", "abc", "12,5,1", "1.2.3", "%", "двенадцать")) {
			assertThat(CellValues.parseNumber(bad)).as(bad).isNull();
		}
	}

	@Test
	void datesAreStrict() {
		assertThat(CellValues.parseDate("17.01.2027")).isEqualTo(LocalDate.of(2027, 1, 17));
		assertThat(CellValues.parseDate("7.1.2027")).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(CellValues.parseDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
		for (String impossible : List.of("31.02.2027", "29.02.2027", "12.13.2026", "00.01.2026", "2027-02-30")) {
			assertThat(CellValues.parseDate(impossible)).as(impossible).isNull();
			assertThat(CellValues.impossibleDate(impossible)).as(impossible).isTrue();
		}
		for (String period : List.of("январь–февраль", "в течение года", "2027", "")) {
			assertThat(CellValues.impossibleDate(period)).as(period).isFalse();
		}
	}

	@Test
	void columnTitlesMatchWithoutCaseSpacesQuotesAndWithYoAsYe() {
		assertThat(ImportColumn.normalize("Доля «2», %")).isEqualTo(ImportColumn.normalize("доля 2 %"))
			.isEqualTo(ImportColumn.normalize("Доля \"2\""));
		assertThat(ImportColumn.normalize("На профилактическом учёте, %"))
			.isEqualTo(ImportColumn.normalize("на профилактическом учете"));
		assertThat(ImportColumn.normalize("Школа")).isNotEqualTo(ImportColumn.normalize("Школы"));
	}

}
