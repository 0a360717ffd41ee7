package ru.opora.web;

import java.io.Serializable;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once after a redirect: a message key and its arguments, never text.
 */
public record FlashMessage(String level, String key, List<Object> args) implements Serializable {

	public static final String ATTRIBUTE = "flash";

	public Object[] argsArray() {
		return this.args.toArray();
	}

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("success", key, List.of(args)));
	}

	public static void warning(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("warning", key, List.of(args)));
	}

}
