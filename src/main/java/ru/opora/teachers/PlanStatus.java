package ru.opora.teachers;

/**
 * An individual development plan (ИОМ): черновик → в работе → выполнен (a completed plan
 * may be taken back into work).
 */
enum PlanStatus {

	DRAFT, ACTIVE, COMPLETED

}
