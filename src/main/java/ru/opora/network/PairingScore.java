package ru.opora.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The score of a (mentee, mentor) pair with its explained parts. Pure Java, no state.
 * <p>
 * Parts, message keys ({@code network.pairing.*} in
 * {@code tools/messages/network_pairing.py}) and their arguments:
 * <table>
 * <caption>Parts of the score</caption>
 * <tr>
 * <th>part</th>
 * <th>key</th>
 * <th>args</th>
 * </tr>
 * <tr>
 * <td rowspan="3">risk factors: the mentee's weak factors that are strong (low) for the
 * mentor</td>
 * <td>{@code factors}</td>
 * <td>covered (Integer), weak (Integer), covered factor ids (List&lt;Long&gt;,
 * ascending)</td>
 * </tr>
 * <tr>
 * <td>{@code factors.zero}</td>
 * <td>weak (Integer), the mentee's weak factor ids (List&lt;Long&gt;)</td>
 * </tr>
 * <tr>
 * <td>{@code factors.none}</td>
 * <td>none (the mentee has no weak factors)</td>
 * </tr>
 * <tr>
 * <td rowspan="3">subjects: weak for the mentee (share of «2» ≥ threshold), strong for
 * the mentor (≤ threshold)</td>
 * <td>{@code subjects}</td>
 * <td>strong (Integer), weak (Integer), those subjects (String, sorted, joined by «,
 * »)</td>
 * </tr>
 * <tr>
 * <td>{@code subjects.zero}</td>
 * <td>weak (Integer), the mentee's weak subjects (String)</td>
 * </tr>
 * <tr>
 * <td>{@code subjects.none}</td>
 * <td>the weak threshold, percent (Double)</td>
 * </tr>
 * <tr>
 * <td rowspan="3">distance</td>
 * <td>{@code distance.coordinates}</td>
 * <td>km (Integer), by haversine between the coordinates</td>
 * </tr>
 * <tr>
 * <td>{@code distance.centre}</td>
 * <td>km (Integer) = mentee's km to the district centre (Integer) + mentor's (Integer):
 * an estimate, used when either school has no coordinates</td>
 * </tr>
 * <tr>
 * <td>{@code distance.unknown}</td>
 * <td>none; half the distance points (neutral)</td>
 * </tr>
 * <tr>
 * <td rowspan="3">school type</td>
 * <td>{@code type.same}</td>
 * <td>the type (SchoolType)</td>
 * </tr>
 * <tr>
 * <td>{@code type.different}</td>
 * <td>mentee's type, mentor's type (SchoolType)</td>
 * </tr>
 * <tr>
 * <td>{@code type.unknown}</td>
 * <td>none</td>
 * </tr>
 * <tr>
 * <td rowspan="3">size</td>
 * <td>{@code size.similar}</td>
 * <td>mentee's students, mentor's students (Integer)</td>
 * </tr>
 * <tr>
 * <td>{@code size.different}</td>
 * <td>the same</td>
 * </tr>
 * <tr>
 * <td>{@code size.unknown}</td>
 * <td>none</td>
 * </tr>
 * </table>
 * Factor ids become names with {@link PairScore#withFactorNames}; school types are
 * rendered by the caller as {@code SchoolType.<CONSTANT>} if it wants to show them (the
 * texts do not use them).
 */
public final class PairingScore {

	static final String KEY = "network.pairing.";

	/** Mean Earth radius, km (IUGG). */
	static final double EARTH_RADIUS_KM = 6371.0088;

	private PairingScore() {
	}

	/**
	 * Scores a pair and explains every part.
	 * @param mentee the mentee school
	 * @param mentor the mentor school
	 * @param w the weights
	 * @return the score with its parts
	 */
	public static PairScore score(PairingSchool mentee, PairingSchool mentor, PairingWeights w) {
		return explain(new PreparedSchool(mentee, w), new PreparedSchool(mentor, w), w);
	}

	/**
	 * Km between two points on the Earth by the haversine formula.
	 * @return km, not rounded
	 */
	public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		return haversine(p1, Math.toRadians(lon1), Math.cos(p1), p2, Math.toRadians(lon2), Math.cos(p2));
	}

	/** The total only, allocation-free; equals {@code explain(a, b, w).total()}. */
	static int points(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		int d = distanceKm(mentee, mentor);
		return share(w.factorPoints(), covered(mentee.weakFactors, mentor.strongFactors), mentee.weakFactors.length)
				+ share(w.subjectPoints(), strongCount(mentee.weakSubjects, mentor), mentee.weakSubjects.length)
				+ distancePoints(d, w) + typePoints(mentee, mentor, w) + sizePoints(mentee, mentor, w);
	}

	static PairScore explain(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		List<ScorePart> parts = new ArrayList<>(5);
		parts.add(factorPart(mentee, mentor, w));
		parts.add(subjectPart(mentee, mentor, w));
		int d = distanceKm(mentee, mentor);
		parts.add(distancePart(mentee, mentor, d, w));
		parts.add(typePart(mentee, mentor, w));
		parts.add(sizePart(mentee, mentor, w));
		int total = parts.stream().mapToInt(ScorePart::points).sum();
		boolean estimated = d >= 0 && !(mentee.hasCoordinates && mentor.hasCoordinates);
		return new PairScore(total, parts, d >= 0 ? d : null, estimated);
	}

	private static ScorePart factorPart(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		int max = w.factorPoints();
		long[] weak = mentee.weakFactors;
		if (weak.length == 0) {
			return ScorePart.of(KEY + "factors.none", 0, max);
		}
		List<Long> covered = new ArrayList<>();
		for (long id : weak) {
			if (contains(mentor.strongFactors, id)) {
				covered.add(id);
			}
		}
		if (covered.isEmpty()) {
			List<Long> all = new ArrayList<>();
			for (long id : weak) {
				all.add(id);
			}
			return ScorePart.of(KEY + "factors.zero", 0, max, weak.length, all);
		}
		return ScorePart.of(KEY + "factors", share(max, covered.size(), weak.length), max, covered.size(), weak.length,
				covered);
	}

	private static ScorePart subjectPart(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		int max = w.subjectPoints();
		String[] weak = mentee.weakSubjects;
		if (weak.length == 0) {
			return ScorePart.of(KEY + "subjects.none", 0, max, w.weakSubjectShare());
		}
		List<String> strong = new ArrayList<>();
		for (String subject : weak) {
			if (mentor.strongSubjects.contains(subject)) {
				strong.add(subject);
			}
		}
		if (strong.isEmpty()) {
			return ScorePart.of(KEY + "subjects.zero", 0, max, weak.length, String.join(", ", weak));
		}
		return ScorePart.of(KEY + "subjects", share(max, strong.size(), weak.length), max, strong.size(), weak.length,
				String.join(", ", strong));
	}

	private static ScorePart distancePart(PreparedSchool mentee, PreparedSchool mentor, int d, PairingWeights w) {
		int max = w.distancePoints();
		int points = distancePoints(d, w);
		if (d < 0) {
			return ScorePart.of(KEY + "distance.unknown", points, max);
		}
		if (mentee.hasCoordinates && mentor.hasCoordinates) {
			return ScorePart.of(KEY + "distance.coordinates", points, max, d);
		}
		return ScorePart.of(KEY + "distance.centre", points, max, d, mentee.distanceKm, mentor.distanceKm);
	}

	private static ScorePart typePart(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		int max = w.sameTypePoints();
		if (mentee.type == null || mentor.type == null) {
			return ScorePart.of(KEY + "type.unknown", 0, max);
		}
		if (mentee.type == mentor.type) {
			return ScorePart.of(KEY + "type.same", max, max, mentee.type);
		}
		return ScorePart.of(KEY + "type.different", 0, max, mentee.type, mentor.type);
	}

	private static ScorePart sizePart(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		int max = w.similarSizePoints();
		if (!sizesKnown(mentee, mentor)) {
			return ScorePart.of(KEY + "size.unknown", 0, max);
		}
		int points = sizePoints(mentee, mentor, w);
		return ScorePart.of(KEY + (points > 0 ? "size.similar" : "size.different"), points, max, mentee.students,
				mentor.students);
	}

	/** {@code max × part / whole}, integer division; 0 for an empty whole. */
	static int share(int max, int part, int whole) {
		return whole == 0 ? 0 : (int) ((long) max * part / whole);
	}

	/** Rounded km, or -1 when unknown. */
	static int distanceKm(PreparedSchool a, PreparedSchool b) {
		if (a.hasCoordinates && b.hasCoordinates) {
			return (int) Math.round(haversine(a.latRad, a.lonRad, a.cosLat, b.latRad, b.lonRad, b.cosLat));
		}
		if (a.distanceKm != null && b.distanceKm != null && a.distanceKm >= 0 && b.distanceKm >= 0) {
			return a.distanceKm + b.distanceKm;
		}
		return -1;
	}

	static int distancePoints(int km, PairingWeights w) {
		if (km < 0) {
			return w.distancePoints() / 2;
		}
		if (km <= w.distanceFullKm()) {
			return w.distancePoints();
		}
		if (km >= w.distanceZeroKm()) {
			return 0;
		}
		return share(w.distancePoints(), w.distanceZeroKm() - km, w.distanceZeroKm() - w.distanceFullKm());
	}

	private static int typePoints(PreparedSchool a, PreparedSchool b, PairingWeights w) {
		return a.type != null && a.type == b.type ? w.sameTypePoints() : 0;
	}

	private static boolean sizesKnown(PreparedSchool a, PreparedSchool b) {
		return a.students != null && b.students != null && a.students > 0 && b.students > 0;
	}

	private static int sizePoints(PreparedSchool a, PreparedSchool b, PairingWeights w) {
		if (!sizesKnown(a, b)) {
			return 0;
		}
		long small = Math.min(a.students, b.students);
		long large = Math.max(a.students, b.students);
		return large * 100 <= small * w.similarSizeMaxRatioPercent() ? w.similarSizePoints() : 0;
	}

	private static double haversine(double lat1, double lon1, double cos1, double lat2, double lon2, double cos2) {
		double sinLat = Math.sin((lat2 - lat1) / 2);
		double sinLon = Math.sin((lon2 - lon1) / 2);
		double h = sinLat * sinLat + cos1 * cos2 * sinLon * sinLon;
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/** Size of the intersection of two ascending arrays. */
	private static int covered(long[] weak, long[] strong) {
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < weak.length && j < strong.length) {
			if (weak[i] == strong[j]) {
				n++;
				i++;
				j++;
			}
			else if (weak[i] < strong[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return n;
	}

	private static int strongCount(String[] weakSubjects, PreparedSchool mentor) {
		int n = 0;
		for (String subject : weakSubjects) {
			if (mentor.strongSubjects.contains(subject)) {
				n++;
			}
		}
		return n;
	}

	private static boolean contains(long[] sorted, long id) {
		return Arrays.binarySearch(sorted, id) >= 0;
	}

}
