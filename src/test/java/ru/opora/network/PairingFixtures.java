package ru.opora.network;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ru.opora.schools.SchoolType;

/** Random and hand-made schools for the pairing tests and the benchmark. */
final class PairingFixtures {

	static final String[] SUBJECTS = { "Математика", "Русский язык", "Физика", "Биология", "История", "Химия" };

	private static final SchoolType[] TYPES = { SchoolType.SOSH, SchoolType.OOSH, SchoolType.GYMNASIUM };

	private static final double[] SHARES = { 0, 2, 5, 8, 15, 20, 30, 45 };

	private PairingFixtures() {
	}

	/**
	 * A random school: a few of {@code factors} risk factors weak and strong, shares of
	 * «2» in some of the first {@code subjects} subjects, coordinates or a distance to
	 * the centre (or neither) around a district of about 100 km.
	 */
	static PairingSchool random(Random random, long id, int factors, int subjects) {
		Set<Long> weak = new HashSet<>();
		Set<Long> strong = new HashSet<>();
		for (long f = 1; f <= factors; f++) {
			int roll = random.nextInt(3);
			if (roll == 0) {
				weak.add(f);
			}
			else if (roll == 1) {
				strong.add(f);
			}
		}
		Map<String, Double> shares = new HashMap<>();
		for (int s = 0; s < subjects; s++) {
			if (random.nextInt(4) > 0) {
				shares.put(SUBJECTS[s], SHARES[random.nextInt(SHARES.length)]);
			}
		}
		Double lat = null;
		Double lon = null;
		Integer centre = null;
		int where = random.nextInt(5);
		if (where <= 2) {
			lat = 59.0 + random.nextDouble() * 0.9;
			lon = 29.5 + random.nextDouble() * 1.5;
		}
		if (where >= 2) {
			centre = random.nextInt(70);
		}
		Integer students = random.nextInt(6) == 0 ? null : 40 + random.nextInt(1200);
		return new PairingSchool(id, "Школа " + id, TYPES[random.nextInt(TYPES.length)], students, centre, lat, lon,
				weak, strong, shares);
	}

	/** A school with only what a test sets; everything else unknown. */
	static PairingSchool plain(long id) {
		return new PairingSchool(id, "Школа " + id, null, null, null, null, null, Set.of(), Set.of(), Map.of());
	}

}
