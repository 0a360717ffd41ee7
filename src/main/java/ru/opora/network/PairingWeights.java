package ru.opora.network;

/**
 * Points of the pairing score. All points are integers, so totals compare exactly (the
 * solver's ties and the tests' brute force depend on that). The maximum score is
 * {@link #maxTotal()} (100 with the defaults).
 *
 * @param factorPoints points when the mentor is strong (low significance) in every risk
 * factor the mentee is weak in; {@code factorPoints × covered / weak} (integer division)
 * for a part of them
 * @param subjectPoints points when every subject that is weak for the mentee is strong
 * for the mentor; {@code subjectPoints × strong / weak} for a part of them
 * @param weakSubjectShare a subject is weak for the mentee when its share of «2» is at
 * least this, percent
 * @param strongSubjectShare a subject is strong for the mentor when its share of «2» is
 * at most this, percent
 * @param distancePoints points for schools at most {@code distanceFullKm} apart, falling
 * linearly to 0 at {@code distanceZeroKm}; half of them when the distance is unknown
 * @param distanceFullKm up to this distance, km, the full distance points
 * @param distanceZeroKm from this distance on, km, no distance points
 * @param sameTypePoints points when both schools are of the same type
 * @param similarSizePoints points when the larger school has at most
 * {@code similarSizeMaxRatioPercent} % of the smaller one's students
 * @param similarSizeMaxRatioPercent see {@code similarSizePoints}; 200 = «at most twice
 * as many»
 */
public record PairingWeights(int factorPoints, int subjectPoints, double weakSubjectShare, double strongSubjectShare,
		int distancePoints, int distanceFullKm, int distanceZeroKm, int sameTypePoints, int similarSizePoints,
		int similarSizeMaxRatioPercent) {

	/** Checks the weights; throws {@link IllegalArgumentException} on nonsense. */
	public PairingWeights {
		if (factorPoints < 0 || subjectPoints < 0 || distancePoints < 0 || sameTypePoints < 0
				|| similarSizePoints < 0) {
			throw new IllegalArgumentException("points must not be negative");
		}
		if ((long) factorPoints + subjectPoints + distancePoints + sameTypePoints + similarSizePoints > 10_000) {
			throw new IllegalArgumentException("at most 10,000 points in all");
		}
		if (distanceFullKm < 0 || distanceZeroKm <= distanceFullKm) {
			throw new IllegalArgumentException("need 0 <= distanceFullKm < distanceZeroKm");
		}
		if (!(weakSubjectShare >= 0 && weakSubjectShare <= 100 && strongSubjectShare >= 0
				&& strongSubjectShare <= 100)) {
			throw new IllegalArgumentException("subject shares are percentages 0..100");
		}
		if (similarSizeMaxRatioPercent < 100) {
			throw new IllegalArgumentException("similarSizeMaxRatioPercent must be at least 100");
		}
	}

	/**
	 * Defaults: risk factors 40, subjects 30 (weak for the mentee at a share of «2» of 20
	 * % and more, strong for the mentor at 5 % and less), distance 20 (full up to 10 km,
	 * none from 100 km), same type 5, similar size 5 (at most twice as many students):
	 * 100 in all.
	 */
	public static PairingWeights defaults() {
		return new PairingWeights(40, 30, 20.0, 5.0, 20, 10, 100, 5, 5, 200);
	}

	/** The highest score a pair can get. */
	public int maxTotal() {
		return this.factorPoints + this.subjectPoints + this.distancePoints + this.sameTypePoints
				+ this.similarSizePoints;
	}

}
