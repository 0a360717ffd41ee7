package ru.opora.documents;

/**
 * черновик → на проверке → принят, or на проверке → на доработке → (new version) черновик
 * … Shown through {@code DocumentStatus.<CONSTANT>}.
 */
public enum DocumentStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED

}
