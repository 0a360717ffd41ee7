package ru.opora.network;

/**
 * Where a pair came from: set up by hand or accepted from the suggestion.
 */
enum PairOrigin {

	MANUAL, SUGGESTED

}
