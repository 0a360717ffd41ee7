package ru.opora.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the script bundled in Deque's {@code com.deque.html.axe-core:selenium} jar)
 * run inside the page the browser shows: the serious and critical accessibility
 * violations of that page, one line each (rule, impact, first offending elements).
 */
public final class Axe {

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final Duration AXE_TIMEOUT = Duration.ofSeconds(120);

	private static final String SCRIPT = load();

	private Axe() {
	}

	/**
	 * The serious and critical violations of the page now shown, as
	 * {@code rule (impact): target, target…}.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(SCRIPT);
		}
		// axe walks the whole DOM: on a long page of a loaded CI machine it can take
		// longer than the 30 s every other script gets (Browser), so it gets its own
		// limit
		Duration before = driver.manage().timeouts().getScriptTimeout();
		driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
		Object result;
		try {
			result = run(js);
		}
		finally {
			driver.manage().timeouts().scriptTimeout(before);
		}
		return ((List<Map<String, Object>>) result).stream()
			.filter((v) -> BLOCKING.contains(String.valueOf(v.get("impact"))))
			.map((v) -> v.get("id") + " (" + v.get("impact") + ", " + v.get("help") + "): " + v.get("targets"))
			.toList();
	}

	private static Object run(JavascriptExecutor js) {
		return js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
				    targets: v.nodes.slice(0, 8).map((n) => n.target.join(' ')) }))))
				  .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]));
				""");
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
