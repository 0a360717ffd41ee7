package ru.opora.audit;

/**
 * What happened. Shown through the message keys {@code AuditAction.<CONSTANT>}.
 */
public enum AuditAction {

	LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED, CREATE, UPDATE, DELETE, ENABLE, DISABLE, PASSWORD_RESET,
	PASSWORD_CHANGE, ASSIGN, UNASSIGN, EXPORT, ANONYMISE

}
