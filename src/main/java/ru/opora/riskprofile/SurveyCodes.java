package ru.opora.riskprofile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One-time respondent codes of a survey link: 10 random characters of an alphabet without
 * look-alikes (0/O, 1/I/L), printed as {@code XXXXX-XXXXX}, about 49 bits each (and only
 * usable with the link's 256-bit token). Stored only as a SHA-256 of the link id and the
 * code.
 */
final class SurveyCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	/** How many codes one issue may print. */
	static final int MAX_ISSUE = 500;

	private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SurveyCodes() {
	}

	/**
	 * A new random code as printed ({@code XXXXX-XXXXX}).
	 */
	static String generate() {
		StringBuilder out = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				out.append('-');
			}
			out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

	/**
	 * The code as typed, reduced to its characters (spaces and dashes dropped, upper
	 * case), or {@code null} when it cannot be a code (a cheap check before any query).
	 */
	static String normalize(String typed) {
		if (typed == null || typed.length() > 40) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return SHAPE.matcher(code).matches() ? code : null;
	}

	/**
	 * What is stored of a (normalized) code of a link.
	 */
	static String hash(long linkId, String code) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(sha.digest((linkId + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
