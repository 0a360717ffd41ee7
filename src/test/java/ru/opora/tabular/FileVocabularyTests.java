package ru.opora.tabular;

import org.junit.jupiter.api.Test;

import ru.opora.analysis.Assessment;
import ru.opora.riskprofile.Significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The import files' vocabulary comes from {@code tabular/vocabulary.properties}, read as
 * UTF-8, whatever the interface language: the shared column titles, the lists of values,
 * the assessments' names, and what a missing word does.
 */
class FileVocabularyTests {

	@Test
	void theWordsAreReadAsUtf8AndListsAreSplit() {
		assertThat(FileVocabulary.SCHOOL).isEqualTo("Школа");
		assertThat(FileVocabulary.SUBJECT).isEqualTo("Предмет");
		assertThat(FileVocabulary.word("analysis.column.shareBelow")).isEqualTo("Доля «2», %");
		// a title with a comma is one word, not a list
		assertThat(FileVocabulary.column("teachers.column.experience", false, "hint").title()).isEqualTo("Стаж, лет");
		assertThat(FileVocabulary.words("riskprofile.significance.noData")).containsExactly("нет данных",
				"недостаточно данных");
	}

	@Test
	void aMissingWordIsAnErrorNamingIt() {
		assertThatIllegalStateException().isThrownBy(() -> FileVocabulary.word("no.such.word"))
			.withMessageContaining("no.such.word");
	}

	@Test
	void theFilesValuesAreRecognisedThroughTheVocabulary() {
		assertThat(Significance.parse(" Высокая ")).contains(Significance.HIGH);
		assertThat(Significance.parse("В.")).contains(Significance.HIGH);
		assertThat(Significance.parse("средний")).contains(Significance.MEDIUM);
		assertThat(Significance.parse("LOW")).contains(Significance.LOW);
		assertThat(Significance.parse("Нет данных")).contains(Significance.NO_DATA);
		assertThat(Significance.parse("—")).contains(Significance.NO_DATA);
		assertThat(Significance.parse("очень высокая")).isEmpty();
		assertThat(Assessment.VPR.label()).isEqualTo("ВПР");
		assertThat(Assessment.parse(" огэ")).contains(Assessment.OGE);
		assertThat(Assessment.parse("EGE")).contains(Assessment.EGE);
		assertThat(Assessment.parse("ГИА")).isEmpty();
	}

}
