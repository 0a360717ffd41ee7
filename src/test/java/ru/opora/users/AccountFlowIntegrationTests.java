package ru.opora.users;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts as the administrator and their owners use them: create with a temporary
 * password, forced change, lockout, disabling, audit of logins.
 */
class AccountFlowIntegrationTests extends PortalIntegrationTest {

	@Test
	void adminCreatesASchoolAccountWhoseOwnerMustChangeTheTemporaryPassword() throws Exception {
		String login = login("ivanova");
		String password = createAccount(login, "SCHOOL", "schoolId", this.demo.school("Ундино-Посельская СОШ"));
		assertThat(this.jdbc.queryForObject(
				"select municipality_id = (select municipality_id from school where short_name = 'Ундино-Посельская СОШ') from app_user where username = ?",
				Boolean.class, login))
			.as("the school's municipality is derived")
			.isTrue();
		this.mvc.perform(formLogin().user(login).password(password)).andExpect(redirectedUrl("/"));
		// any page sends the owner to the password form until they change it
		this.mvc.perform(get("/schools").with(this.demo.as(login))).andExpect(redirectedUrl("/account/password"));
		this.mvc
			.perform(post("/account/password").with(this.demo.as(login))
				.with(csrf())
				.param("currentPassword", password)
				.param("newPassword", "новый-пароль-1")
				.param("confirmPassword", "новый-пароль-1"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user(login).password("новый-пароль-1")).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where username = ? and action = 'PASSWORD_CHANGE'", Integer.class,
				login))
			.isEqualTo(1);
	}

	@Test
	void theAccountFormListsEverySchoolOnceUnderItsMunicipalityWithTheAccountsSchoolChosen() throws Exception {
		long user = this.jdbc.queryForObject("select id from app_user where username = 'school'", Long.class);
		long school = this.jdbc.queryForObject("select school_id from app_user where id = ?", Long.class, user);
		String municipality = this.jdbc.queryForObject(
				"select m.name from school s join municipality m on m.id = s.municipality_id where s.id = ?",
				String.class, school);
		String html = this.mvc.perform(get("/admin/accounts/{id}/edit", user).with(this.demo.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long schools = this.jdbc.queryForObject("select count(*) from school", Long.class);
		String select = html.substring(html.indexOf("id=\"schoolId\""));
		select = select.substring(0, select.indexOf("</select>"));
		assertThat(select.split("<option value=\"\\d+\"", -1).length - 1).isEqualTo((int) schools);
		String group = select.substring(select.indexOf("label=\"" + municipality + "\""));
		group = group.substring(0, group.indexOf("</optgroup>"));
		assertThat(group).contains("<option value=\"" + school + "\" selected=\"selected\">");
		// the list itself needs no directory of every school
		this.mvc.perform(get("/admin/accounts").with(this.demo.as("admin")))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("directory"));
	}

	@Test
	void theListFindsAccountsByPartOfTheLoginOrNameByRoleAndByState() throws Exception {
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		String admin = "find_" + tag + ".admin";
		String school = "find" + tag + ".school";
		createAccount(admin, "ADMIN", null, null);
		createAccount(school, "SCHOOL", "schoolId", this.demo.school("Ундино-Посельская СОШ"));
		this.jdbc.update("update app_user set full_name = ? where username = ?", "Искомая Ёлкина " + tag, school);
		assertThat(found("q", "FIND_" + tag)).containsExactly(admin);
		// «_» is a character, not a wildcard: «find_tag» is not «findtag»
		assertThat(found("q", "find" + tag)).containsExactly(school);
		assertThat(found("q", "ёлкина " + tag.toUpperCase())).containsExactly(school);
		assertThat(found("q", tag, "role", "SCHOOL")).containsExactly(school);
		assertThat(found("q", tag, "role", "ADMIN")).containsExactly(admin);
		this.jdbc.update("update app_user set enabled = false where username = ?", admin);
		assertThat(found("q", tag, "enabled", "false")).containsExactly(admin);
		assertThat(found("q", tag, "enabled", "true")).containsExactly(school);
		assertThat(found("q", tag)).containsExactlyInAnyOrder(admin, school);
	}

	/** The logins the administrator's list shows for these parameters, in its order. */
	private java.util.List<String> found(String... params) throws Exception {
		var request = get("/admin/accounts").with(this.demo.as("admin"));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		ru.opora.common.PagedResult<AccountSummary> page = (ru.opora.common.PagedResult<AccountSummary>) result
			.getModelAndView()
			.getModel()
			.get("result");
		return page.content().stream().map(AccountSummary::username).toList();
	}

	@Test
	void scopeMissingForTheRoleIsAFieldErrorAndNothingIsSaved() throws Exception {
		String noScope = login("no.scope");
		this.mvc
			.perform(post("/admin/accounts").with(this.demo.as("admin"))
				.with(csrf())
				.param("username", noScope)
				.param("fullName", "Без Школы")
				.param("role", "SCHOOL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "schoolId", "admin.accounts.schoolRequired"));
		this.mvc
			.perform(post("/admin/accounts").with(this.demo.as("admin"))
				.with(csrf())
				.param("username", "Coordinator")
				.param("fullName", "Дубль")
				.param("role", "ADMIN"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "admin.accounts.usernameTaken"));
		this.mvc
			.perform(post("/admin/accounts").with(this.demo.as("admin"))
				.with(csrf())
				.param("username", "../../etc")
				.param("fullName", "x")
				.param("role", "ADMIN"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"));
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username in (?, '../../etc')",
				Integer.class, noScope))
			.isZero();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndEveryAttemptIsAudited() throws Exception {
		String login = login("lock");
		String password = createAccount(login, "REGIONAL_OBSERVER", "regionId",
				this.jdbc.queryForObject("select id from region where name = 'Забайкальский край'", Long.class));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(login).password("wrong" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		// locked: even the right password is refused, with the answer a wrong one gets
		this.mvc.perform(formLogin().user(login).password(password)).andExpect(redirectedUrl("/login?error=bad"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where username = ? and action = 'LOGIN_FAILURE'", Integer.class,
				login))
			.isEqualTo(6);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where username = ? and action = 'ACCOUNT_LOCKED'", Integer.class,
				login))
			.isEqualTo(1);
		// the administrator can unlock by enabling
		long id = this.demo.user(login);
		this.mvc.perform(post("/admin/accounts/{id}/enable", id).with(this.demo.as("admin")).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(formLogin().user(login).password(password)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aDisabledAccountCannotLogIn() throws Exception {
		String login = login("disabled");
		String password = createAccount(login, "ADMIN", "regionId", null);
		long id = this.demo.user(login);
		this.mvc.perform(post("/admin/accounts/{id}/disable", id).with(this.demo.as("admin")).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(formLogin().user(login).password(password)).andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void theAdministratorCannotDisableTheirOwnAccount() throws Exception {
		long admin = this.demo.user("admin");
		MvcResult result = this.mvc
			.perform(post("/admin/accounts/{id}/disable", admin).with(this.demo.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andReturn();
		assertThat(((FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE)).key())
			.isEqualTo("admin.accounts.cannotDisableSelf");
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, admin))
			.isTrue();
	}

	@Test
	void wrongCurrentPasswordAndMismatchAreFormErrors() throws Exception {
		this.mvc
			.perform(post("/account/password").with(this.demo.as("observer"))
				.with(csrf())
				.param("currentPassword", "not-demo")
				.param("newPassword", "abcdefgh1")
				.param("confirmPassword", "abcdefgh2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "users.password.mismatch"));
		this.mvc
			.perform(post("/account/password").with(this.demo.as("observer"))
				.with(csrf())
				.param("currentPassword", "not-demo")
				.param("newPassword", "abcdefgh1")
				.param("confirmPassword", "abcdefgh1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "users.password.wrongCurrent"));
		this.mvc.perform(formLogin().user("observer").password("demo")).andExpect(redirectedUrl("/"));
	}

	@Test
	void successfulAndFailedLoginsAreInTheAuditLog() throws Exception {
		String login = login("audited");
		String password = createAccount(login, "ADMIN", "regionId", null);
		String nobody = login("nobody-here");
		this.mvc.perform(formLogin().user(login).password(password)).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user(nobody).password("x")).andExpect(redirectedUrl("/login?error=bad"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where username = ? and action = 'LOGIN_SUCCESS'", Integer.class,
				login))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where username = ? and action = 'LOGIN_FAILURE'", Integer.class,
				nobody))
			.isEqualTo(1);
	}

	/**
	 * A login name no other test uses.
	 */
	private static String login(String prefix) {
		return prefix + "." + java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Creates an account through the admin page and returns its temporary password.
	 */
	private String createAccount(String username, String role, String scopeField, Long scopeId) throws Exception {
		var request = post("/admin/accounts").with(this.demo.as("admin"))
			.with(csrf())
			.param("username", username)
			.param("fullName", "Тестовая Учётная Запись")
			.param("role", role);
		if (scopeId != null) {
			request.param(scopeField, String.valueOf(scopeId));
		}
		MvcResult result = this.mvc.perform(request).andExpect(redirectedUrl("/admin/accounts")).andReturn();
		FlashMap flash = result.getFlashMap();
		FlashMessage message = (FlashMessage) flash.get(FlashMessage.ATTRIBUTE);
		assertThat(message.key()).isEqualTo("admin.accounts.created");
		String password = (String) message.args().get(1);
		Matcher matcher = Pattern.compile("[A-Za-z0-9]{12}").matcher(password);
		assertThat(matcher.matches()).isTrue();
		return password;
	}

}
