package ru.opora.teachers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.files.FileDownloads;
import ru.opora.files.FileRejectedException;
import ru.opora.web.FlashMessage;

/**
 * Enrolments: enrol a teacher from the card or from the course page, and an enrolment's
 * page (status, test scores, certificate).
 */
@Controller
@RequiredArgsConstructor
class EnrolmentController {

	private final EnrolmentService enrolments;

	@PostMapping("/teachers/{teacherId}/enrolments")
	String enrolFromCard(@PathVariable Long teacherId, @RequestParam(name = "courseId", required = false) Long courseId,
			RedirectAttributes redirect) {
		try {
			this.enrolments.enrol(teacherId, courseId);
			FlashMessage.success(redirect, "teachers.enrolment.enrolled");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/teachers/" + teacherId;
	}

	@PostMapping("/courses/{courseId}/enrolments")
	String enrolFromCourse(@PathVariable Long courseId,
			@RequestParam(name = "teacherId", required = false) Long teacherId, RedirectAttributes redirect) {
		if (teacherId == null) {
			FlashMessage.warning(redirect, "teachers.enrolment.teacherRequired");
			return "redirect:/courses/" + courseId;
		}
		try {
			this.enrolments.enrol(teacherId, courseId);
			FlashMessage.success(redirect, "teachers.enrolment.enrolled");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/courses/" + courseId;
	}

	@GetMapping("/enrolments/{id}")
	String enrolment(@PathVariable Long id, Model model) {
		CourseViews.EnrolmentDetails details = this.enrolments.enrolment(id);
		return show(details, EnrolmentForm.from(details), model);
	}

	@PostMapping("/enrolments/{id}/status")
	String status(@PathVariable Long id, @RequestParam(name = "status", required = false) EnrolmentStatus status,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			this.enrolments.changeStatus(id, version, status);
			FlashMessage.success(redirect, "teachers.enrolment.statusChanged");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/enrolments/" + id;
	}

	@PostMapping("/enrolments/{id}/result")
	String result(@PathVariable Long id, @ModelAttribute("enrolmentForm") EnrolmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EnrolmentCommand command = form.toCommand(result);
		if (command != null) {
			try {
				this.enrolments.record(id, form.getVersion(), command);
				FlashMessage.success(redirect, "teachers.enrolment.resultSaved");
				return "redirect:/enrolments/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return show(this.enrolments.enrolment(id), form, model);
	}

	@PostMapping("/enrolments/{id}/certificate")
	String certificate(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam long version, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			FlashMessage.warning(redirect, "teachers.enrolment.noFile");
			return "redirect:/enrolments/" + id;
		}
		try (InputStream in = file.getInputStream()) {
			this.enrolments.attachCertificate(id, version, file.getOriginalFilename(), in);
			FlashMessage.success(redirect, "teachers.enrolment.certificateSaved");
		}
		catch (FileRejectedException ex) {
			String key = "files.rejected.type".equals(ex.getMessageKey()) ? "teachers.enrolment.certificateType"
					: ex.getMessageKey();
			if (ex.getArgument() != null) {
				FlashMessage.warning(redirect, key, ex.getArgument());
			}
			else {
				FlashMessage.warning(redirect, key);
			}
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/enrolments/" + id;
	}

	@GetMapping("/enrolments/{id}/certificate")
	ResponseEntity<byte[]> download(@PathVariable Long id) throws IOException {
		return FileDownloads.attachment(this.enrolments.certificate(id), this.enrolments.openCertificate(id));
	}

	private String show(CourseViews.EnrolmentDetails details, EnrolmentForm form, Model model) {
		model.addAttribute("e", details);
		model.addAttribute("enrolmentForm", form);
		return "teachers/enrolment";
	}

}
