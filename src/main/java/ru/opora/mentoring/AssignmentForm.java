package ru.opora.mentoring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * «Назначить куратора»: who, which school, from when.
 */
@Getter
@Setter
class AssignmentForm {

	@NotNull
	private Long curatorId;

	@NotNull
	private Long schoolId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

}
