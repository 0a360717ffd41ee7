package ru.opora.support;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the test clock back to {@link MutableClock#DEFAULT} before and after every test
 * method, so a test that moves it never changes what the next one sees.
 */
public class MutableClockResetListener implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		reset(testContext);
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		reset(testContext);
	}

	private static void reset(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
	}

}
