package ru.opora.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * «Сменить пароль»: the current password and the new one twice.
 */
@Getter
@Setter
class PasswordForm {

	@NotBlank
	@Size(max = 128)
	private String currentPassword;

	@NotBlank
	@Size(min = 8, max = 128)
	private String newPassword;

	@NotBlank
	@Size(max = 128)
	private String confirmPassword;

}
