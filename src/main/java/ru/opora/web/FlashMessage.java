package ru.opora.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
		redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("success", key, arguments(args)));
	}

	public static void warning(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new FlashMessage("warning", key, arguments(args)));
	}

	/**
	 * The arguments as given: an argument may be {@code null} (e.g. a rejected file's
	 * reason without a detail), which {@code List.of} would refuse with an exception.
	 */
	private static List<Object> arguments(Object[] args) {
		return (args != null) ? Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args))) : List.of();
	}

}
