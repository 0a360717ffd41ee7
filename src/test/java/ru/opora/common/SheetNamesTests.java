package ru.opora.common;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Titles people type become sheet names POI accepts.
 */
class SheetNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "'500+ 2026'", "'", "''", "500+ 2026'", "   ", "", "a/b\\c?d*e[f]g:h",
			"Программа «500+» для школ Балейского района 2026 года'", "x'''''''''''''''''''''''''''''''''''''",
			"Строка\u0001с управляющим символом" })
	void everyTitleBecomesAValidSheetName(String title) throws Exception {
		String name = SheetNames.safe(title);
		assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(SheetNames.MAX_LENGTH);
		assertThatNoException().isThrownBy(() -> WorkbookUtil.validateSheetName(name));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			assertThatNoException().isThrownBy(() -> workbook.createSheet(name));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "500+ 2026", "Дорожная карта" })
	void anOrdinaryTitleStaysAsItIs(String title) {
		assertThat(SheetNames.safe(title)).isEqualTo(title);
	}

}
