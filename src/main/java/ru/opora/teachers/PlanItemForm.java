package ru.opora.teachers;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new course or activity of a plan: a course of the catalogue, or a free title (or
 * both: the title then says more than the course's).
 */
@Getter
@Setter
class PlanItemForm {

	@Size(max = 500)
	private String title;

	private Long courseId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

}
