package ru.opora.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikeTests {

	@Test
	void wildcardsAndEscapesInUserTextAreLiteral() {
		assertThat(Like.contains(" 50%_off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
	}

	@Test
	void lowerCasesCyrillic() {
		assertThat(Like.contains("ЖИДКА Ё")).isEqualTo("%жидка ё%");
	}

}
