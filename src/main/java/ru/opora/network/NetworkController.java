package ru.opora.network;

import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.programmes.ProgrammeService;
import ru.opora.programmes.ProgrammeYearSummary;
import ru.opora.users.CurrentUser;
import ru.opora.users.Role;
import ru.opora.web.FlashMessage;

/**
 * «Сетевое наставничество»: the networks, a network's set-up (model, mentor and mentee
 * schools, capacities) and its pairs.
 */
@Controller
@RequestMapping("/networks")
@RequiredArgsConstructor
class NetworkController {

	private final NetworkService networks;

	private final ProgrammeService programmes;

	@GetMapping
	String list(CurrentUser user, Model model) {
		return showList(new NetworkForms.OpenForm(), user, model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("openForm") NetworkForms.OpenForm form, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(form, user, model);
		}
		try {
			Long id = this.networks.open(form.getProgrammeYearId(), form.getModel(), form.getDefaultCapacity());
			FlashMessage.success(redirect, "network.list.opened");
			return "redirect:/networks/" + id;
		}
		catch (RuleViolationException ex) {
			result.reject(ex.getMessageKey());
			return showList(form, user, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		NetworkDetails details = this.networks.details(id);
		return showDetail(details, settings(details), new NetworkForms.MembersForm(), new NetworkForms.PairForm(),
				model);
	}

	@PostMapping("/{id}/settings")
	String settings(@PathVariable Long id, @Valid @ModelAttribute("settingsForm") NetworkForms.SettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.networks.configure(id, form.getVersion(), form.getModel(), form.getCentreSchoolId(),
						form.getDefaultCapacity());
				FlashMessage.success(redirect, "network.setup.saved");
				return "redirect:/networks/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return showDetail(this.networks.details(id), form, new NetworkForms.MembersForm(), new NetworkForms.PairForm(),
				model);
	}

	@PostMapping("/{id}/members")
	String members(@PathVariable Long id, @Valid @ModelAttribute("membersForm") NetworkForms.MembersForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.networks.putMembers(id, form.getSchoolIds(), form.getRole(), form.getCapacity());
				FlashMessage.success(redirect, "network.setup.membersSaved", form.getSchoolIds().size());
				return "redirect:/networks/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		NetworkDetails details = this.networks.details(id);
		return showDetail(details, settings(details), form, new NetworkForms.PairForm(), model);
	}

	@PostMapping("/{id}/members/{schoolId}/remove")
	String removeMember(@PathVariable Long id, @PathVariable Long schoolId, RedirectAttributes redirect) {
		try {
			this.networks.removeMember(id, schoolId);
			FlashMessage.success(redirect, "network.setup.memberRemoved");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/networks/" + id;
	}

	@PostMapping("/{id}/pairs")
	String pair(@PathVariable Long id, @Valid @ModelAttribute("pairForm") NetworkForms.PairForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long pairId = this.networks.pair(id, form.getMentorId(), form.getMenteeId());
				FlashMessage.success(redirect, "network.pair.created");
				return "redirect:/networks/pairs/" + pairId;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		NetworkDetails details = this.networks.details(id);
		return showDetail(details, settings(details), new NetworkForms.MembersForm(), form, model);
	}

	private String showList(NetworkForms.OpenForm form, CurrentUser user, Model model) {
		List<NetworkSummary> list = this.networks.visibleNetworks();
		model.addAttribute("networks", list);
		model.addAttribute("openForm", form);
		if (user.is(Role.COORDINATOR)) {
			List<Long> taken = list.stream().map(NetworkSummary::programmeYearId).toList();
			List<ProgrammeYearSummary> free = this.programmes.visibleYears()
				.stream()
				.filter((p) -> !p.closed() && !taken.contains(p.id()))
				.toList();
			model.addAttribute("freeYears", free);
		}
		model.addAttribute("models", NetworkModel.values());
		return "network/list";
	}

	private String showDetail(NetworkDetails details, NetworkForms.SettingsForm settings,
			NetworkForms.MembersForm members, NetworkForms.PairForm pair, Model model) {
		model.addAttribute("network", details);
		model.addAttribute("settingsForm", settings);
		model.addAttribute("membersForm", members);
		model.addAttribute("pairForm", pair);
		model.addAttribute("models", NetworkModel.values());
		model.addAttribute("roles", MemberRole.values());
		if (details.canManage()) {
			model.addAttribute("candidates", this.networks.candidates(details.summary().id()));
		}
		return "network/detail";
	}

	private static NetworkForms.SettingsForm settings(NetworkDetails details) {
		NetworkForms.SettingsForm form = new NetworkForms.SettingsForm();
		form.setModel(details.summary().model());
		form.setCentreSchoolId(details.centreSchoolId());
		form.setDefaultCapacity(details.defaultCapacity());
		form.setVersion(details.version());
		return form;
	}

}
