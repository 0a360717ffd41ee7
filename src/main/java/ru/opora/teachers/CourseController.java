package ru.opora.teachers;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.schools.MunicipalityOption;
import ru.opora.web.FlashMessage;

/**
 * The course catalogue: {@code /courses} (a municipality's catalogue), a course's page
 * with its enrolments, and the coordinator's and administrator's course form.
 */
@Controller
@RequiredArgsConstructor
class CourseController {

	private final CourseService courses;

	@GetMapping("/courses")
	String list(@RequestParam(name = "municipality", required = false) Long municipality, Model model) {
		model.addAttribute("catalogue", this.courses.catalogue(municipality));
		model.addAttribute("formats", CourseFormat.values());
		return "teachers/courses";
	}

	@GetMapping("/courses/new")
	String newCourse(@RequestParam(name = "municipality", required = false) Long municipality, Model model) {
		CourseForm form = new CourseForm();
		form.setMunicipalityId(municipality);
		return form(form, null, model);
	}

	@PostMapping("/courses")
	String create(@Valid @ModelAttribute("courseForm") CourseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CourseCommand command = form.toCommand(result);
		if (command != null) {
			try {
				Long id = this.courses.create(form.getMunicipalityId(), command);
				FlashMessage.success(redirect, "teachers.course.created");
				return "redirect:/courses/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/courses/{id}")
	String course(@PathVariable Long id, Model model) {
		model.addAttribute("c", this.courses.course(id));
		return "teachers/course";
	}

	@GetMapping("/courses/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		CourseCommand command = this.courses.forEdit(id);
		return form(CourseForm.from(command, this.courses.version(id)), id, model);
	}

	@PostMapping("/courses/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("courseForm") CourseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CourseCommand command = form.toCommand(result);
		if (command != null) {
			try {
				this.courses.update(id, form.getVersion(), command);
				FlashMessage.success(redirect, "teachers.course.saved");
				return "redirect:/courses/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return form(form, id, model);
	}

	private String form(CourseForm form, Long courseId, Model model) {
		List<MunicipalityOption> municipalities = this.courses.manageableMunicipalities();
		if (courseId != null) {
			this.courses.forEdit(courseId);
		}
		model.addAttribute("courseForm", form);
		model.addAttribute("courseId", courseId);
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("formats", CourseFormat.values());
		return "teachers/course-form";
	}

}
