package ru.opora.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.opora.schools.SchoolType;

/**
 * A {@link PairingSchool} in the form the score needs per pair: sorted factor ids,
 * subjects split by the thresholds, coordinates in radians. Built once per school, so
 * that scoring a dense 2,000 × 500 matrix allocates nothing per pair.
 */
final class PreparedSchool {

	final PairingSchool school;

	final long id;

	/** as a mentee, ascending */
	final long[] weakFactors;

	/** as a mentor, ascending */
	final long[] strongFactors;

	/** as a mentee: subjects with a share of «2» at or above the threshold, sorted */
	final String[] weakSubjects;

	/** as a mentor: subjects with a share of «2» at or below the threshold */
	final Set<String> strongSubjects;

	final boolean hasCoordinates;

	final double latRad;

	final double lonRad;

	final double cosLat;

	final Integer distanceKm;

	final SchoolType type;

	final Integer students;

	PreparedSchool(PairingSchool school, PairingWeights w) {
		this.school = school;
		this.id = school.schoolId();
		this.weakFactors = sorted(school.weakFactorIds());
		this.strongFactors = sorted(school.strongFactorIds());
		List<String> weak = new ArrayList<>();
		Set<String> strong = new HashSet<>();
		for (Map.Entry<String, Double> e : school.failShareBySubject().entrySet()) {
			if (e.getValue() >= w.weakSubjectShare()) {
				weak.add(e.getKey());
			}
			if (e.getValue() <= w.strongSubjectShare()) {
				strong.add(e.getKey());
			}
		}
		Collections.sort(weak);
		this.weakSubjects = weak.toArray(String[]::new);
		this.strongSubjects = strong;
		this.hasCoordinates = school.hasCoordinates();
		this.latRad = this.hasCoordinates ? Math.toRadians(school.latitude()) : 0;
		this.lonRad = this.hasCoordinates ? Math.toRadians(school.longitude()) : 0;
		this.cosLat = Math.cos(this.latRad);
		this.distanceKm = school.distanceKm();
		this.type = school.type();
		this.students = school.students();
	}

	private static long[] sorted(Set<Long> ids) {
		long[] out = ids.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(out);
		return out;
	}

}
