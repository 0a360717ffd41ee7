package ru.opora.users;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Web slice of «Сменить пароль»: view, validation codes, CSRF; the service is mocked.
 */
@WebMvcTest(PasswordController.class)
@Import(SecurityConfig.class)
class PasswordControllerTests {

	static final CurrentUser OBSERVER = new CurrentUser(7L, "observer", "Наблюдатель", Role.REGIONAL_OBSERVER, 1L, null,
			null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserService users;

	@Test
	void showsTheForm() throws Exception {
		this.mvc.perform(get("/account/password").with(me()))
			.andExpect(status().isOk())
			.andExpect(view().name("users/password"));
	}

	@Test
	void changesThePasswordAndRedirectsHome() throws Exception {
		this.mvc.perform(change("old-password", "new-password-1", "new-password-1"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attributeExists("flash"));
		verify(this.users).changeOwnPassword("old-password", "new-password-1");
	}

	@Nested
	class Refused {

		@Test
		void tooShort() throws Exception {
			PasswordControllerTests.this.mvc.perform(change("old-password", "short", "short"))
				.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "Size"));
			verify(PasswordControllerTests.this.users, never()).changeOwnPassword(anyString(), anyString());
		}

		@Test
		void sameAsCurrent() throws Exception {
			PasswordControllerTests.this.mvc.perform(change("same-password", "same-password", "same-password"))
				.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "users.password.sameAsCurrent"));
		}

		@Test
		void wrongCurrentPassword() throws Exception {
			willThrow(new WrongPasswordException()).given(PasswordControllerTests.this.users)
				.changeOwnPassword("wrong", "new-password-1");
			PasswordControllerTests.this.mvc.perform(change("wrong", "new-password-1", "new-password-1"))
				.andExpect(status().isOk())
				.andExpect(
						model().attributeHasFieldErrorCode("form", "currentPassword", "users.password.wrongCurrent"));
		}

		@Test
		void withoutCsrfToken() throws Exception {
			PasswordControllerTests.this.mvc
				.perform(post("/account/password").with(me())
					.param("currentPassword", "a")
					.param("newPassword", "new-password-1")
					.param("confirmPassword", "new-password-1"))
				.andExpect(status().isForbidden());
			verify(PasswordControllerTests.this.users, never()).changeOwnPassword(anyString(), anyString());
		}

		@Test
		void anonymous() throws Exception {
			PasswordControllerTests.this.mvc.perform(get("/account/password")).andExpect(status().isFound());
		}

	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor me() {
		return SecurityMockMvcRequestPostProcessors.user(OporaUserDetails.of(OBSERVER));
	}

	private static org.springframework.test.web.servlet.RequestBuilder change(String current, String next,
			String confirm) {
		return post("/account/password").with(me())
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm);
	}

}
