package ru.opora.schools;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.ServletContext;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import ru.opora.common.PagedResult;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * School list (search, filters, paging), card, and the create/edit form.
 */
@Controller
@RequestMapping("/schools")
@RequiredArgsConstructor
class SchoolController {

	private final SchoolService schools;

	private final MessageSource messages;

	private final ServletContext context;

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long municipality,
			@RequestParam(required = false) SchoolType type, @RequestParam(required = false) Settlement settlement,
			@RequestParam(required = false) Boolean small, @RequestParam(required = false) Integer page,
			CurrentUser user, Model model) {
		SchoolSearch search = new SchoolSearch(q, municipality, type, settlement, small);
		SchoolService.ListPage list = this.schools.listPage(search, page);
		model.addAttribute("search", search);
		result(list.result(), model);
		model.addAttribute("municipalities", list.municipalities());
		model.addAttribute("types", SchoolType.values());
		model.addAttribute("settlements", Settlement.values());
		model.addAttribute("canCreate", user.is(Role.COORDINATOR) || user.is(Role.ADMIN));
		return "schools/list";
	}

	@GetMapping
	@HxRequest
	String listRows(@RequestParam(required = false) String q, @RequestParam(required = false) Long municipality,
			@RequestParam(required = false) SchoolType type, @RequestParam(required = false) Settlement settlement,
			@RequestParam(required = false) Boolean small, @RequestParam(required = false) Integer page, Model model) {
		SchoolSearch search = new SchoolSearch(q, municipality, type, settlement, small);
		model.addAttribute("search", search);
		result(this.schools.search(search, page), model);
		return "schools/list :: results";
	}

	/**
	 * The page of schools and its rows' markup ({@link SchoolRows}).
	 */
	private void result(PagedResult<SchoolSummary> result, Model model) {
		model.addAttribute("result", result);
		model.addAttribute("rows", SchoolRows.html(result.content(), this.context.getContextPath(), this.messages,
				LocaleContextHolder.getLocale()));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		model.addAttribute("school", this.schools.card(id));
		return "schools/detail";
	}

	@GetMapping("/new")
	String createForm(CurrentUser user, Model model) {
		SchoolForm form = new SchoolForm();
		form.setMunicipalityId(user.municipalityId());
		form.setSettlement(Settlement.RURAL);
		form.setType(SchoolType.SOSH);
		return showForm(form, null, user, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SchoolForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (user.is(Role.ADMIN) && form.getMunicipalityId() == null) {
			result.rejectValue("municipalityId", "NotNull");
		}
		if (result.hasErrors()) {
			return showForm(form, null, user, model);
		}
		try {
			Long id = this.schools.create(form.toCommand());
			FlashMessage.success(redirect, "schools.form.created", form.getShortName());
			return "redirect:/schools/" + id;
		}
		catch (SchoolNameTakenException ex) {
			result.rejectValue("name", "schools.form.nameTaken");
			return showForm(form, null, user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, CurrentUser user, Model model) {
		SchoolDetails school = this.schools.detailsForEdit(id);
		return showForm(SchoolForm.from(school), school, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") SchoolForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		SchoolDetails school = this.schools.detailsForEdit(id);
		if (result.hasErrors()) {
			return showForm(form, school, user, model);
		}
		try {
			this.schools.update(id, form.getVersion(), form.toCommand());
			FlashMessage.success(redirect, "schools.form.saved", form.getShortName());
			return "redirect:/schools/" + id;
		}
		catch (SchoolNameTakenException ex) {
			result.rejectValue("name", "schools.form.nameTaken");
			return showForm(form, school, user, model);
		}
	}

	private String showForm(SchoolForm form, SchoolDetails school, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("school", school);
		model.addAttribute("types", SchoolType.values());
		model.addAttribute("settlements", Settlement.values());
		List<MunicipalityOption> municipalities = (user.is(Role.ADMIN) && school == null)
				? this.schools.visibleMunicipalities() : List.of();
		model.addAttribute("municipalities", municipalities);
		return "schools/form";
	}

}
