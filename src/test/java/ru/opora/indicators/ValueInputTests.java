package ru.opora.indicators;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import ru.opora.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueInputTests {

	@Test
	void readsSharesCountsAndYesNo() {
		assertThat(ValueInput.parse(IndicatorKind.SHARE, " 45,5 ")).isEqualByComparingTo("45.5");
		assertThat(ValueInput.parse(IndicatorKind.SHARE, "100%")).isEqualByComparingTo("100");
		assertThat(ValueInput.parse(IndicatorKind.SHARE, "0")).isEqualByComparingTo("0");
		assertThat(ValueInput.parse(IndicatorKind.COUNT, "1 200")).isEqualByComparingTo("1200");
		assertThat(ValueInput.parse(IndicatorKind.COUNT, "3,0")).isEqualTo(new BigDecimal("3"));
		assertThat(ValueInput.parse(IndicatorKind.YES_NO, "1")).isEqualTo(BigDecimal.ONE);
		assertThat(ValueInput.parse(IndicatorKind.YES_NO, "0")).isEqualTo(BigDecimal.ZERO);
	}

	@Test
	void refusesWithTheMessageOfTheMistake() {
		refused(IndicatorKind.SHARE, "", "indicators.error.empty");
		refused(IndicatorKind.SHARE, "много", "indicators.error.number");
		refused(IndicatorKind.SHARE, "100,1", "indicators.error.share");
		refused(IndicatorKind.SHARE, "-1", "indicators.error.share");
		refused(IndicatorKind.SHARE, "12,345", "indicators.error.share");
		refused(IndicatorKind.COUNT, "2,5", "indicators.error.count");
		refused(IndicatorKind.COUNT, "100001", "indicators.error.count");
		refused(IndicatorKind.YES_NO, "да", "indicators.error.yesNo");
		refused(IndicatorKind.YES_NO, "2", "indicators.error.yesNo");
		refused(IndicatorKind.HEADING, "1", "indicators.error.noValue");
	}

	private static void refused(IndicatorKind kind, String text, String key) {
		assertThatThrownBy(() -> ValueInput.parse(kind, text)).as(text)
			.isInstanceOf(RuleViolationException.class)
			.extracting((e) -> ((RuleViolationException) e).getMessageKey())
			.isEqualTo(key);
	}

}
