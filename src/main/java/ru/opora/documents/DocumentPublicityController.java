package ru.opora.documents;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.opora.common.RuleViolationException;
import ru.opora.web.FlashMessage;

/**
 * The school's switch «show on the public page» on an approved document's page.
 */
@Controller
@RequiredArgsConstructor
class DocumentPublicityController {

	private final DocumentPublicity publicity;

	@PostMapping("/documents/{id}/public")
	String change(@PathVariable Long id, @RequestParam(name = "public", defaultValue = "false") boolean makePublic,
			RedirectAttributes redirect) {
		try {
			this.publicity.change(id, makePublic);
			FlashMessage.success(redirect, makePublic ? "documents.public.shown" : "documents.public.hidden");
		}
		catch (RuleViolationException ex) {
			FlashMessage.warning(redirect, ex.getMessageKey());
		}
		return "redirect:/documents/" + id;
	}

}
