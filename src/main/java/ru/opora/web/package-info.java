/**
 * Web infrastructure: layout model, locale, flash messages, plural forms and error pages.
 * Depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = "common")
package ru.opora.web;
