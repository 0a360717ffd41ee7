package ru.opora.teachers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teachers' import recognises the qualification categories and the external
 * diagnostic's levels as schools write them (the words of
 * {@code tabular/vocabulary.properties}).
 */
class TeacherFileValuesTests {

	@Test
	void qualificationCategoriesAsSchoolsWriteThem() {
		assertThat(TeacherImportService.qualification("")).isEqualTo(Qualification.NONE);
		assertThat(TeacherImportService.qualification("Без категории")).isEqualTo(Qualification.NONE);
		assertThat(TeacherImportService.qualification("нет")).isEqualTo(Qualification.NONE);
		assertThat(TeacherImportService.qualification("Высшая категория")).isEqualTo(Qualification.HIGHEST);
		assertThat(TeacherImportService.qualification("первая")).isEqualTo(Qualification.FIRST);
		assertThat(TeacherImportService.qualification("СЗД")).isEqualTo(Qualification.CONFORMITY);
		assertThat(TeacherImportService.qualification("Соответствие занимаемой должности"))
			.isEqualTo(Qualification.CONFORMITY);
		assertThat(TeacherImportService.qualification("Педагог-методист")).isEqualTo(Qualification.METHODIST);
		assertThat(TeacherImportService.qualification("педагог-наставник")).isEqualTo(Qualification.MENTOR);
		assertThat(TeacherImportService.qualification("вторая")).isNull();
	}

	@Test
	void externalLevelsAsSchoolsWriteThem() {
		assertThat(TeacherImportService.level(" Низкий")).isEqualTo(ExternalLevel.LOW);
		assertThat(TeacherImportService.level("СРЕДНИЙ")).isEqualTo(ExternalLevel.MEDIUM);
		assertThat(TeacherImportService.level("высокий уровень")).isEqualTo(ExternalLevel.HIGH);
		assertThat(TeacherImportService.level("отличный")).isNull();
	}

}
