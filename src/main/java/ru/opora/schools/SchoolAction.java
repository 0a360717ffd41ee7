package ru.opora.schools;

/**
 * What a user may want to do to a school's thing. {@link SchoolAccess#may} answers for
 * every action from one matrix (role × relation to the school); docs/access.md prints it.
 */
public enum SchoolAction {

	/** See the school: its card and every page of it the role opens at all. */
	READ,

	/** Edit the school card (name, address, type, municipality …). */
	EDIT_SCHOOL_CARD,

	/** Enter the school's social passport (analysis). */
	EDIT_SOCIAL_PASSPORT,

	/** Upload, replace, submit and withdraw the school's documents. */
	UPLOAD_DOCUMENT,

	/** Publish or unpublish an approved document of the school on the public page. */
	PUBLISH_DOCUMENT,

	/** Approve a submitted document or return it for revision. */
	REVIEW_DOCUMENT,

	/** Confirm the school's risk profile as the school. */
	CONFIRM_RISK_PROFILE,

	/**
	 * Confirm the risk profile as its curator and change a factor's significance (with a
	 * reason) until it is verified.
	 */
	VERIFY_RISK_PROFILE,

	/** Choose the risk factors to work on (after verification). */
	CHOOSE_FACTORS,

	/** Open, close and compute the school's questionnaires, issue one-time codes. */
	MANAGE_SURVEY,

	/** See the school's teachers by name. */
	SEE_TEACHER_NAMES,

	/** Keep the school's teachers (form, import, diagnostics, plans, enrolments). */
	EDIT_TEACHERS,

	/** Move a teacher of the school to another school of the municipality. */
	MOVE_TEACHER,

	/**
	 * Plan and record the joint activities and the programme of an active network pair
	 * the school belongs to (the network's coordinator may as its manager too).
	 */
	WORK_NETWORK_PAIR,

	/** Write the curator's note on a pair's activities. */
	NOTE_NETWORK_PAIR,

	/** Edit the school's road map: cells, rows, sections, reviews, evidence, import. */
	EDIT_ROAD_MAP,

	/** Comment on a measure of the school's road map. */
	COMMENT_ROAD_MAP,

	/** Save a section of the school's road map as a template of the municipal library. */
	SAVE_ROAD_MAP_TEMPLATE

}
