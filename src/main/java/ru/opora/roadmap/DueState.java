package ru.opora.roadmap;

/**
 * Where a row stands against its deadline: nothing to flag, «скоро срок» (due within 14
 * days) or «просрочено» (past).
 */
public enum DueState {

	NONE, DUE_SOON, OVERDUE

}
