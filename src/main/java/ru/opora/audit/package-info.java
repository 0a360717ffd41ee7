/**
 * Audit log: logins and every change (who, when, which entity, what changed), browsed by
 * the administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "common", "web" })
package ru.opora.audit;
