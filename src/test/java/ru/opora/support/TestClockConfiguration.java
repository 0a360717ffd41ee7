package ru.opora.support;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Puts the test clock ({@link MutableClock}, bean {@value #BEAN_NAME}, primary) into
 * every Spring test context, so that every service sees the time the test chose.
 * Registered for all tests in {@code META-INF/spring.factories}.
 */
public class TestClockConfiguration implements ContextCustomizerFactory {

	/**
	 * Bean name of the test clock.
	 */
	public static final String BEAN_NAME = "testClock";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestClockCustomizer();
	}

	private static final class TestClockCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
				RootBeanDefinition definition = new RootBeanDefinition(MutableClock.class, MutableClock::new);
				definition.setPrimary(true);
				registry.registerBeanDefinition(BEAN_NAME, definition);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
