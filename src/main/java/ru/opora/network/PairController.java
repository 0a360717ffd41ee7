package ru.opora.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileDownloads;
import ru.opora.files.FileRejectedException;
import ru.opora.web.FlashMessage;

/**
 * A pair's page: its network programme and its joint activities (plan, record, cancel,
 * evidence, curator's note).
 */
@Controller
@RequestMapping("/networks")
@RequiredArgsConstructor
class PairController {

	private final ActivityService activities;

	private final NetworkService networks;

	@GetMapping("/pairs/{pairId}")
	String pair(@PathVariable Long pairId, Model model) {
		PairDetails details = this.activities.pair(pairId);
		return show(details, programmeForm(details), newActivity(), model);
	}

	@PostMapping("/pairs/{pairId}/programme")
	String programme(@PathVariable Long pairId, @Valid @ModelAttribute("programmeForm") NetworkForms.ProgrammeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			Set<String> subjects = new LinkedHashSet<>(form.getSubjects());
			if (form.getOtherSubject() != null && !form.getOtherSubject().isBlank()) {
				subjects.add(form.getOtherSubject());
			}
			try {
				this.activities.plan(pairId, form.getVersion(), form.getGoals(), form.getDeficitsNote(),
						form.getFactorIds(), subjects);
				FlashMessage.success(redirect, "network.programme.saved");
				return "redirect:/networks/pairs/" + pairId;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return show(this.activities.pair(pairId), form, newActivity(), model);
	}

	@PostMapping("/pairs/{pairId}/end")
	String end(@PathVariable Long pairId, RedirectAttributes redirect) {
		try {
			this.networks.endPair(pairId);
			FlashMessage.success(redirect, "network.pair.endedDone");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/networks/pairs/" + pairId;
	}

	@PostMapping("/pairs/{pairId}/activities")
	String plan(@PathVariable Long pairId, @Valid @ModelAttribute("activityForm") NetworkForms.ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.activities.addActivity(pairId, form.toCommand());
				FlashMessage.success(redirect, "network.activity.planned");
				return "redirect:/networks/pairs/" + pairId;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		PairDetails details = this.activities.pair(pairId);
		return show(details, programmeForm(details), form, model);
	}

	@GetMapping("/activities/{id}")
	String activity(@PathVariable Long id, Model model) {
		return showActivity(id, null, null, null, model);
	}

	@PostMapping("/activities/{id}")
	String replan(@PathVariable Long id, @Valid @ModelAttribute("activityForm") NetworkForms.ActivityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.activities.replan(id, form.getVersion(), form.toCommand());
				FlashMessage.success(redirect, "network.activity.saved");
				return "redirect:/networks/activities/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return showActivity(id, null, null, form, model);
	}

	@PostMapping("/activities/{id}/record")
	String record(@PathVariable Long id, @Valid @ModelAttribute("recordForm") NetworkForms.RecordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.activities.record(id, form.getVersion(), form.toCommand());
				FlashMessage.success(redirect, "network.activity.recorded");
				return "redirect:/networks/activities/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return showActivity(id, form, null, null, model);
	}

	@PostMapping("/activities/{id}/cancel")
	String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.activities.cancel(id, version);
			FlashMessage.success(redirect, "network.activity.cancelledDone");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/networks/activities/" + id;
	}

	@PostMapping("/activities/{id}/reopen")
	String reopen(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.activities.reopen(id, version);
			FlashMessage.success(redirect, "network.activity.reopened");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/networks/activities/" + id;
	}

	@PostMapping("/activities/{id}/note")
	String note(@PathVariable Long id, @Valid @ModelAttribute("noteForm") NetworkForms.NoteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.activities.note(id, form.getVersion(), form.getNote());
				FlashMessage.success(redirect, "network.activity.noteSaved");
				return "redirect:/networks/activities/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return showActivity(id, null, form, null, model);
	}

	@PostMapping("/activities/{id}/files")
	String addFile(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			FlashMessage.warning(redirect, "network.activity.noFile");
			return "redirect:/networks/activities/" + id;
		}
		try (InputStream in = file.getInputStream()) {
			this.activities.addFile(id, file.getOriginalFilename(), in);
			FlashMessage.success(redirect, "network.activity.fileAdded");
		}
		catch (FileRejectedException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey(), ex.getArgument());
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/networks/activities/" + id;
	}

	@GetMapping("/activities/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long fileId) throws IOException {
		return FileDownloads.attachment(this.activities.file(id, fileId), this.activities.openFile(id, fileId));
	}

	private ActivityView activityOf(Long id) {
		return this.activities.activity(id);
	}

	private String show(PairDetails details, NetworkForms.ProgrammeForm programme, NetworkForms.ActivityForm activity,
			Model model) {
		model.addAttribute("p", details);
		model.addAttribute("programmeForm", programme);
		model.addAttribute("activityForm", activity);
		return "network/pair";
	}

	private String showActivity(Long id, NetworkForms.RecordForm record, NetworkForms.NoteForm note,
			NetworkForms.ActivityForm edit, Model model) {
		ActivityView activity = activityOf(id);
		PairDetails pair = this.activities.pair(activity.pairId());
		model.addAttribute("a", activity);
		model.addAttribute("p", pair);
		model.addAttribute("recordForm", (record != null) ? record : recordOf(activity));
		model.addAttribute("noteForm", (note != null) ? note : noteOf(activity));
		model.addAttribute("activityForm", (edit != null) ? edit : editOf(activity));
		return "network/activity";
	}

	private static NetworkForms.RecordForm recordOf(ActivityView a) {
		NetworkForms.RecordForm f = new NetworkForms.RecordForm();
		f.setHeldOn((a.heldOn() != null) ? a.heldOn() : a.plannedOn());
		f.setLeaders(a.participants().leaders());
		f.setTeachers(a.participants().teachers());
		f.setStudents(a.participants().students());
		f.setParents(a.participants().parents());
		f.setReport(a.report());
		f.setVersion(a.version());
		return f;
	}

	private static NetworkForms.NoteForm noteOf(ActivityView a) {
		NetworkForms.NoteForm f = new NetworkForms.NoteForm();
		f.setNote(a.curatorNote());
		f.setVersion(a.version());
		return f;
	}

	private static NetworkForms.ActivityForm editOf(ActivityView a) {
		NetworkForms.ActivityForm f = new NetworkForms.ActivityForm();
		f.setKindId(a.kindId());
		f.setTopic(a.topic());
		f.setPlannedOn(a.plannedOn());
		f.setResponsible(a.responsible());
		f.setExpectedResult(a.expectedResult());
		f.setPlace(a.place());
		f.setOnline(a.online());
		f.setVersion(a.version());
		return f;
	}

	private static NetworkForms.ProgrammeForm programmeForm(PairDetails details) {
		NetworkForms.ProgrammeForm form = new NetworkForms.ProgrammeForm();
		form.setGoals(details.goals());
		form.setDeficitsNote(details.deficitsNote());
		form.setFactorIds(new LinkedHashSet<>(details.factors().stream().map((f) -> f.id()).toList()));
		form.setSubjects(new LinkedHashSet<>(details.subjects()));
		form.setVersion(details.version());
		return form;
	}

	private static NetworkForms.ActivityForm newActivity() {
		return new NetworkForms.ActivityForm();
	}

}
