package ru.opora.teachers;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The catalogue form of a course (create and edit).
 */
@Getter
@Setter
class CourseForm {

	/**
	 * Only the administrator chooses; a coordinator's courses are their municipality's.
	 */
	private Long municipalityId;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 300)
	private String provider;

	@Min(1)
	@Max(2000)
	private Integer hours;

	@NotNull
	private CourseFormat format = CourseFormat.BLENDED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Size(max = 2000)
	private String description;

	private boolean active = true;

	private long version;

	static CourseForm from(CourseCommand c, long version) {
		CourseForm form = new CourseForm();
		form.title = c.title();
		form.provider = c.provider();
		form.hours = c.hours();
		form.format = c.format();
		form.startsOn = c.startsOn();
		form.endsOn = c.endsOn();
		form.description = c.description();
		form.active = c.active();
		form.version = version;
		return form;
	}

	/**
	 * Checks what the annotations cannot (the dates' order) and returns the command, or
	 * null when the form has errors.
	 */
	CourseCommand toCommand(BindingResult result) {
		if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
			result.rejectValue("endsOn", "teachers.course.endsBeforeStart");
		}
		if (result.hasErrors()) {
			return null;
		}
		return new CourseCommand(this.title.strip(), blankToNull(this.provider), this.hours, this.format, this.startsOn,
				this.endsOn, blankToNull(this.description), this.active);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
