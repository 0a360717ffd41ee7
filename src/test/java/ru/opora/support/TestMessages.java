package ru.opora.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's {@code messages*.properties} without a Spring context, for tests of code
 * that writes markup with messages.
 */
public final class TestMessages {

	private TestMessages() {
	}

	public static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
