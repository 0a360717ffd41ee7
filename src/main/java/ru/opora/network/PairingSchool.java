package ru.opora.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ru.opora.schools.SchoolType;

/**
 * What the pairing score knows about a school, as a mentee or as a mentor. Plain data, no
 * database: the network service fills it from the school record, its risk profile and its
 * results.
 *
 * @param schoolId the school's id (also the tie-breaker: the solver orders schools by it)
 * @param name the school's name (for logs and tests; not used by the score)
 * @param type the school's type, may be {@code null}
 * @param students number of students, may be {@code null}
 * @param distanceKm distance to the district centre in km, may be {@code null}
 * @param latitude latitude in degrees, may be {@code null}
 * @param longitude longitude in degrees, may be {@code null}
 * @param weakFactorIds as a mentee: the risk factors the school chose or that are of high
 * significance in its risk profile ({@code null} = none)
 * @param strongFactorIds as a mentor: the risk factors of low significance in its profile
 * ({@code null} = none)
 * @param failShareBySubject subject → share of participants with «2», 0..100, latest year
 * with data ({@code null} = no data; {@code null} values are ignored)
 */
public record PairingSchool(long schoolId, String name, SchoolType type, Integer students, Integer distanceKm,
		Double latitude, Double longitude, Set<Long> weakFactorIds, Set<Long> strongFactorIds,
		Map<String, Double> failShareBySubject) {

	public PairingSchool {
		weakFactorIds = weakFactorIds == null ? Set.of() : Set.copyOf(weakFactorIds);
		strongFactorIds = strongFactorIds == null ? Set.of() : Set.copyOf(strongFactorIds);
		failShareBySubject = failShareBySubject == null ? Map.of() : copyWithoutNulls(failShareBySubject);
	}

	/** Both coordinates known. */
	public boolean hasCoordinates() {
		return this.latitude != null && this.longitude != null;
	}

	private static Map<String, Double> copyWithoutNulls(Map<String, Double> shares) {
		Map<String, Double> copy = new HashMap<>();
		shares.forEach((subject, share) -> {
			if (subject != null && share != null && !share.isNaN()) {
				copy.put(subject, share);
			}
		});
		return Map.copyOf(copy);
	}

}
