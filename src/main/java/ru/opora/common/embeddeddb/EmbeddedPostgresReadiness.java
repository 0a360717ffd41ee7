package ru.opora.common.embeddeddb;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL starts on a thread of its own while the context is built (see
 * {@link EmbeddedPostgresEnvironmentPostProcessor}); a datasource is handed out only once
 * the server takes connections, so Flyway, Hibernate and everything after them find it
 * running.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("opora.embedded-db.active")
class EmbeddedPostgresReadiness {

	@Bean
	static BeanPostProcessor embeddedPostgresReadinessGate() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource) {
					EmbeddedPostgresEnvironmentPostProcessor.awaitStarted();
				}
				return bean;
			}

		};
	}

}
