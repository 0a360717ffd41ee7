package ru.opora.demo;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the schema migrations, then the demo migrations under {@code db/demo} with their
 * own history table, so that demo data is applied once and grows with new demo scripts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("opora.demo.enabled")
class DemoDataConfig {

	@Bean
	FlywayMigrationStrategy demoDataMigrationStrategy() {
		return (flyway) -> {
			flyway.migrate();
			Flyway.configure()
				.configuration(flyway.getConfiguration())
				.locations("classpath:db/demo")
				.table("demo_schema_history")
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load()
				.migrate();
		};
	}

}
