package ru.opora.network;

/**
 * The satisfaction link of a day is closed (the respondent sees a page, status 410).
 */
public class IntensiveLinkClosedException extends RuntimeException {

	IntensiveLinkClosedException() {
		super("intensive satisfaction link closed");
	}

}
