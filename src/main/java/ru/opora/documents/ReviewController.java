package ru.opora.documents;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

/**
 * «На проверке» and the reviewer's decision.
 */
@Controller
@RequiredArgsConstructor
class ReviewController {

	private final DocumentService documents;

	@GetMapping("/review")
	String queue(Model model) {
		model.addAttribute("queue", this.documents.reviewQueue());
		return "documents/queue";
	}

	@PostMapping("/documents/{id}/review")
	String review(@PathVariable Long id, @RequestParam long version, @RequestParam String decision,
			@RequestParam(required = false) String comment,
			@RequestParam(name = "unmet", required = false) List<Integer> unmet, RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		String text = (comment != null && comment.length() > 4000) ? comment.substring(0, 4000) : comment;
		try {
			this.documents.review(id, version, approve, text, unmet);
			FlashMessage.success(redirect, approve ? "documents.review.approved" : "documents.review.returned");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
			redirect.addFlashAttribute("reviewComment", comment);
		}
		return "redirect:/documents/" + id;
	}

}
