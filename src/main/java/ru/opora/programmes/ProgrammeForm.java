package ru.opora.programmes;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * «Открыть программный год» and its participants/deadline form.
 */
@Getter
@Setter
class ProgrammeForm {

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate documentsDue;

	private Set<Long> participantIds = new HashSet<>();

	private long version;

}
