package ru.opora.admin;

import java.util.Optional;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolLocation;
import ru.opora.schools.SchoolService;
import ru.opora.users.AccountProfile;
import ru.opora.users.AccountSearch;
import ru.opora.users.AccountSummary;
import ru.opora.users.IllegalAccountChangeException;
import ru.opora.users.Role;
import ru.opora.users.UserService;
import ru.opora.users.UsernameTakenException;
import ru.opora.web.FlashMessage;

/**
 * «Учётные записи» ({@code /admin/**} is admin-only, and so are the service methods).
 */
@Controller
@RequestMapping("/admin/accounts")
@RequiredArgsConstructor
class AccountController {

	private final UserService users;

	private final SchoolService schools;

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
			Model model) {
		AccountSearch search = new AccountSearch(q, role, enabled);
		model.addAttribute("search", search);
		model.addAttribute("result", this.users.search(search, page));
		model.addAttribute("roles", Role.values());
		return "admin/accounts";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		AccountForm form = new AccountForm();
		form.setRole(Role.SCHOOL);
		return show(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<AccountProfile> profile = profile(form, result);
		if (result.hasErrors() || profile.isEmpty()) {
			return show(form, null, model);
		}
		try {
			String password = this.users.create(form.getUsername(), profile.get());
			FlashMessage.success(redirect, "admin.accounts.created", form.getUsername().trim(), password);
			return "redirect:/admin/accounts";
		}
		catch (UsernameTakenException ex) {
			result.rejectValue("username", "admin.accounts.usernameTaken");
			return show(form, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		AccountSummary account = this.users.account(id);
		return show(AccountForm.from(account), account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountSummary account = this.users.account(id);
		form.setUsername(account.username());
		Optional<AccountProfile> profile = profile(form, result);
		if (result.hasErrors() || profile.isEmpty()) {
			return show(form, account, model);
		}
		this.users.update(id, form.getVersion(), profile.get());
		FlashMessage.success(redirect, "admin.accounts.saved", account.username());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.users.setEnabled(id, false);
			FlashMessage.success(redirect, "admin.accounts.disabled", this.users.account(id).username());
		}
		catch (IllegalAccountChangeException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.users.setEnabled(id, true);
		FlashMessage.success(redirect, "admin.accounts.enabled", this.users.account(id).username());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, RedirectAttributes redirect) {
		String password = this.users.resetPassword(id);
		FlashMessage.success(redirect, "admin.accounts.passwordReset", this.users.account(id).username(), password);
		return "redirect:/admin/accounts";
	}

	/**
	 * The role's scope from the form: a school gives its municipality and region, a
	 * municipality its region. Missing or unknown choices become field errors.
	 */
	private Optional<AccountProfile> profile(AccountForm form, BindingResult result) {
		if (form.getRole() == null) {
			return Optional.empty();
		}
		Long regionId = null;
		Long municipalityId = null;
		Long schoolId = null;
		switch (form.getRole()) {
			case ADMIN -> {
			}
			case REGIONAL_OBSERVER -> {
				regionId = form.getRegionId();
				boolean known = regionId != null && this.schools.directory()
					.regions()
					.stream()
					.anyMatch((r) -> r.id().equals(form.getRegionId()));
				if (!known) {
					result.rejectValue("regionId", "admin.accounts.regionRequired");
				}
			}
			case COORDINATOR, CURATOR -> {
				Optional<MunicipalityOption> municipality = (form.getMunicipalityId() != null)
						? this.schools.municipality(form.getMunicipalityId()) : Optional.empty();
				if (municipality.isEmpty()) {
					result.rejectValue("municipalityId", "admin.accounts.municipalityRequired");
				}
				else {
					municipalityId = municipality.get().id();
					regionId = municipality.get().regionId();
				}
				if (form.getRole() == Role.CURATOR && form.getSchoolId() != null) {
					Optional<SchoolLocation> school = this.schools.location(form.getSchoolId());
					if (school.isEmpty()) {
						result.rejectValue("schoolId", "admin.accounts.schoolRequired");
					}
					else {
						schoolId = school.get().schoolId();
					}
				}
			}
			case SCHOOL -> {
				Optional<SchoolLocation> school = (form.getSchoolId() != null)
						? this.schools.location(form.getSchoolId()) : Optional.empty();
				if (school.isEmpty()) {
					result.rejectValue("schoolId", "admin.accounts.schoolRequired");
				}
				else {
					schoolId = school.get().schoolId();
					municipalityId = school.get().municipalityId();
					regionId = school.get().regionId();
				}
			}
		}
		return Optional.of(new AccountProfile(form.getFullName(), blankToNull(form.getPosition()),
				blankToNull(form.getEmail()), form.getRole(), regionId, municipalityId, schoolId));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private String show(AccountForm form, AccountSummary account, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("directory", this.schools.directory());
		return "admin/account-form";
	}

}
