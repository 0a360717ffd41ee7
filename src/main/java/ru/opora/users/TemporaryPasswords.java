package ru.opora.users;

import java.security.SecureRandom;

/**
 * Passwords the portal makes up for a new or reset account: 12 characters without the
 * ones people confuse (0/O, 1/l/I).
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom random = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
