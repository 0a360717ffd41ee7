package ru.opora.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import ru.opora.users.AccountSummary;
import ru.opora.users.Role;

/**
 * Create/edit an account. Which of region, municipality and school is needed depends on
 * the role; the controller checks that and derives the rest.
 */
@Getter
@Setter
class AccountForm {

	@NotBlank
	@Size(min = 3, max = 60)
	@Pattern(regexp = "^[A-Za-z0-9._-]*$")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@Size(max = 200)
	private String position;

	@Size(max = 120)
	@Email
	private String email;

	@NotNull
	private Role role;

	private Long regionId;

	private Long municipalityId;

	private Long schoolId;

	private long version;

	static AccountForm from(AccountSummary account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.fullName = account.fullName();
		form.position = account.position();
		form.email = account.email();
		form.role = account.role();
		form.regionId = account.regionId();
		form.municipalityId = account.municipalityId();
		form.schoolId = account.schoolId();
		form.version = account.version();
		return form;
	}

}
