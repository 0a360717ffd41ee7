package ru.opora.schools;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The school create/edit form. One form for both; {@code version} travels in a hidden
 * field so that a concurrent edit is refused.
 */
@Getter
@Setter
class SchoolForm {

	private Long municipalityId;

	@NotBlank
	@Size(max = 300)
	private String name;

	@NotBlank
	@Size(max = 120)
	private String shortName;

	@NotNull
	private SchoolType type;

	@Size(max = 300)
	private String address;

	@NotNull
	private Settlement settlement;

	@Min(0)
	@Max(5000)
	private Integer distanceKm;

	@Min(0)
	@Max(100000)
	private Integer students;

	@Min(0)
	@Max(10000)
	private Integer teachers;

	private boolean smallSchool;

	@Size(max = 200)
	private String principalName;

	@Size(max = 40)
	@Pattern(regexp = "^$|^[0-9+()\\- ]{5,40}$")
	private String phone;

	@Size(max = 120)
	@Email
	private String email;

	private long version;

	static SchoolForm from(SchoolDetails details) {
		SchoolForm form = new SchoolForm();
		form.municipalityId = details.municipalityId();
		form.name = details.name();
		form.shortName = details.shortName();
		form.type = details.type();
		form.address = details.address();
		form.settlement = details.settlement();
		form.distanceKm = details.distanceKm();
		form.students = details.students();
		form.teachers = details.teachers();
		form.smallSchool = details.smallSchool();
		form.principalName = details.principalName();
		form.phone = details.phone();
		form.email = details.email();
		form.version = details.version();
		return form;
	}

	SchoolCommand toCommand() {
		return new SchoolCommand(this.municipalityId, this.name, this.shortName, this.type, this.address,
				this.settlement, this.distanceKm, this.students, this.teachers, this.smallSchool, this.principalName,
				this.phone, this.email);
	}

}
