/**
 * Demo data for the embedded default: loaded once by its own Flyway history
 * ({@code demo_schema_history}) after the schema migrations, never on a configured
 * database unless {@code opora.demo.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = "common")
package ru.opora.demo;
