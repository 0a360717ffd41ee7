package ru.opora.teachers;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The teacher form. Subjects are typed as a comma-separated list; the first is the main
 * subject.
 */
@Getter
@Setter
class TeacherForm {

	static final int MAX_SUBJECTS = 10;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@NotBlank
	@Size(max = 500)
	private String subjects;

	@Size(max = 150)
	private String position;

	@NotNull
	private Qualification qualification = Qualification.NONE;

	@Min(value = 0)
	@Max(value = 70)
	private Integer experienceYears;

	@Email
	@Size(max = 254)
	private String email;

	private long version;

	static TeacherForm of(Teacher teacher) {
		TeacherForm form = new TeacherForm();
		form.fullName = teacher.getFullName();
		form.subjects = teacher.subjectsText();
		form.position = teacher.getPosition();
		form.qualification = teacher.getQualification();
		form.experienceYears = teacher.getExperienceYears();
		form.email = teacher.getEmail();
		form.version = teacher.getVersion();
		return form;
	}

	/**
	 * The subjects as typed: split at commas and semicolons, trimmed, without empties and
	 * repeats (case-insensitive).
	 */
	static List<String> splitSubjects(String text) {
		if (text == null) {
			return List.of();
		}
		java.util.LinkedHashMap<String, String> unique = new java.util.LinkedHashMap<>();
		Arrays.stream(text.split("[,;]"))
			.map((s) -> s.strip().replaceAll("\\s+", " "))
			.filter((s) -> !s.isEmpty())
			.forEach((s) -> unique.putIfAbsent(Teacher.subjectKey(s), s));
		return List.copyOf(unique.values());
	}

	TeacherData data() {
		return new TeacherData(this.fullName.strip(), splitSubjects(this.subjects), blankToNull(this.position),
				this.qualification, this.experienceYears, blankToNull(this.email));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
