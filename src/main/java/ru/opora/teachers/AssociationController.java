package ru.opora.teachers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
import ru.opora.schools.MunicipalityOption;
import ru.opora.web.FlashMessage;

/**
 * «Методические объединения»: the list, an association's page (members, meetings) and a
 * meeting's page (attendance, materials).
 */
@Controller
@RequestMapping("/associations")
@RequiredArgsConstructor
class AssociationController {

	private final AssociationService associations;

	@GetMapping
	String list(Model model) {
		return showList(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("associationForm") AssociationForms.AssociationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long id = this.associations.create(form.toCommand());
				FlashMessage.success(redirect, "teachers.associations.created");
				return "redirect:/associations/" + id;
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
		}
		return showList(form, model);
	}

	@GetMapping("/{id}")
	String details(@PathVariable Long id, Model model) {
		return show(this.associations.details(id), null, null, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id,
			@Valid @ModelAttribute("associationForm") AssociationForms.AssociationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.associations.update(id, form.getVersion(), form.toCommand());
				FlashMessage.success(redirect, "teachers.associations.saved");
				return "redirect:/associations/" + id;
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
		}
		return show(this.associations.details(id), form, null, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.associations.delete(id, version);
		FlashMessage.success(redirect, "teachers.associations.deleted");
		return "redirect:/associations";
	}

	@PostMapping("/{id}/members")
	String addMembers(@PathVariable Long id, @ModelAttribute("membersForm") AssociationForms.MembersForm form,
			RedirectAttributes redirect) {
		try {
			int added = this.associations.addMembers(id, form.getTeacherIds());
			FlashMessage.success(redirect, "teachers.associations.members.added", added);
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/associations/" + id + "#members";
	}

	@PostMapping("/{id}/members/{teacherId}/remove")
	String removeMember(@PathVariable Long id, @PathVariable Long teacherId, RedirectAttributes redirect) {
		try {
			this.associations.removeMember(id, teacherId);
			FlashMessage.success(redirect, "teachers.associations.members.removed");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/associations/" + id + "#members";
	}

	@PostMapping("/{id}/meetings")
	String addMeeting(@PathVariable Long id, @Valid @ModelAttribute("meetingForm") AssociationForms.MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long meetingId = this.associations.addMeeting(id, form.toCommand());
				FlashMessage.success(redirect, "teachers.associations.meeting.created");
				return "redirect:/associations/meetings/" + meetingId;
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
		}
		return show(this.associations.details(id), null, form, model);
	}

	@GetMapping("/meetings/{meetingId}")
	String meeting(@PathVariable Long meetingId, Model model) {
		return showMeeting(this.associations.meeting(meetingId), null, model);
	}

	@PostMapping("/meetings/{meetingId}")
	String updateMeeting(@PathVariable Long meetingId,
			@Valid @ModelAttribute("meetingForm") AssociationForms.MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.associations.updateMeeting(meetingId, form.getVersion(), form.toCommand());
				FlashMessage.success(redirect, "teachers.associations.meeting.saved");
				return "redirect:/associations/meetings/" + meetingId;
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
		}
		return showMeeting(this.associations.meeting(meetingId), form, model);
	}

	@PostMapping("/meetings/{meetingId}/delete")
	String deleteMeeting(@PathVariable Long meetingId, @RequestParam long version, RedirectAttributes redirect) {
		Long associationId = this.associations.deleteMeeting(meetingId, version);
		FlashMessage.success(redirect, "teachers.associations.meeting.deleted");
		return "redirect:/associations/" + associationId;
	}

	@PostMapping("/meetings/{meetingId}/files")
	String addFile(@PathVariable Long meetingId, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			FlashMessage.warning(redirect, "teachers.associations.meeting.noFile");
			return "redirect:/associations/meetings/" + meetingId;
		}
		try (InputStream in = file.getInputStream()) {
			this.associations.addFile(meetingId, file.getOriginalFilename(), in);
			FlashMessage.success(redirect, "teachers.associations.meeting.fileAdded");
		}
		catch (FileRejectedException ex) {
			if (ex.getArgument() != null) {
				FlashMessage.warning(redirect, ex.getMessageKey(), ex.getArgument());
			}
			else {
				FlashMessage.warning(redirect, ex.getMessageKey());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/associations/meetings/" + meetingId;
	}

	@PostMapping("/meetings/{meetingId}/files/{fileId}/remove")
	String removeFile(@PathVariable Long meetingId, @PathVariable Long fileId, RedirectAttributes redirect) {
		this.associations.removeFile(meetingId, fileId);
		FlashMessage.success(redirect, "teachers.associations.meeting.fileRemoved");
		return "redirect:/associations/meetings/" + meetingId;
	}

	@GetMapping("/meetings/{meetingId}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable Long meetingId, @PathVariable Long fileId) throws IOException {
		return FileDownloads.attachment(this.associations.file(meetingId, fileId),
				this.associations.openFile(meetingId, fileId));
	}

	private String showList(AssociationForms.AssociationForm form, Model model) {
		List<MunicipalityOption> municipalities = this.associations.manageableMunicipalities();
		model.addAttribute("associations", this.associations.list());
		model.addAttribute("municipalities", municipalities);
		if (form == null) {
			form = new AssociationForms.AssociationForm();
			if (municipalities.size() == 1) {
				form.setMunicipalityId(municipalities.get(0).id());
			}
		}
		model.addAttribute("associationForm", form);
		return "teachers/associations";
	}

	private String show(AssociationViews.Details details, AssociationForms.AssociationForm form,
			AssociationForms.MeetingForm meeting, Model model) {
		model.addAttribute("a", details);
		model.addAttribute("associationForm", (form != null) ? form : AssociationForms.AssociationForm.of(details));
		model.addAttribute("meetingForm", (meeting != null) ? meeting : new AssociationForms.MeetingForm());
		model.addAttribute("membersForm", new AssociationForms.MembersForm());
		return "teachers/association";
	}

	private String showMeeting(AssociationViews.MeetingDetails meeting, AssociationForms.MeetingForm form,
			Model model) {
		model.addAttribute("m", meeting);
		model.addAttribute("meetingForm", (form != null) ? form : AssociationForms.MeetingForm.of(meeting));
		return "teachers/association-meeting";
	}

	private static void reject(BindingResult result, RuleViolationException ex) {
		String key = ex.getMessageKey();
		if (key.endsWith("nameRequired") || key.endsWith("nameTooLong") || key.endsWith("nameTaken")) {
			result.rejectValue("name", key);
		}
		else if (key.endsWith("topicRequired") || key.endsWith("topicTooLong")) {
			result.rejectValue("topic", key);
		}
		else if (key.endsWith("dateRequired") || key.endsWith("dateOutOfRange")) {
			result.rejectValue("heldOn", key);
		}
		else {
			result.reject(key);
		}
	}

}
