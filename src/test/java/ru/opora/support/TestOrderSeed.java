package ru.opora.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the seed of the random class and method order when the test run starts and again
 * with the first failure, so that any order can be replayed with
 * {@code ./mvnw test -Dopora.test.seed=<seed>} (registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}).
 */
public class TestOrderSeed implements TestExecutionListener {

	/**
	 * JUnit's configuration parameter for the seed of {@code MethodOrderer.Random} and
	 * {@code ClassOrderer.Random}; the build sets it from {@code opora.test.seed}.
	 */
	public static final String SEED_PARAMETER = "junit.jupiter.execution.order.random.seed";

	private final AtomicBoolean failurePrinted = new AtomicBoolean();

	private volatile String seed = "(JUnit's default)";

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		this.seed = testPlan.getConfigurationParameters().get(SEED_PARAMETER).orElse(this.seed);
		System.out.println("Test order seed: " + this.seed + " (replay: -Dopora.test.seed=" + this.seed + ")");
	}

	@Override
	public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
		if (testExecutionResult.getStatus() == TestExecutionResult.Status.FAILED
				&& this.failurePrinted.compareAndSet(false, true)) {
			System.out.println("First failure (" + testIdentifier.getDisplayName() + ") with test order seed "
					+ this.seed + ": replay with ./mvnw test -Dopora.test.seed=" + this.seed);
		}
	}

}
