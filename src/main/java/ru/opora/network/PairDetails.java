package ru.opora.network;

import java.util.List;

import ru.opora.riskprofile.RiskFactorView;

/**
 * The pair's page: the two schools, the network programme (deficits and goals), the
 * deficits to choose from, the joint activities and what the user may do.
 */
public record PairDetails(PairView pair, NetworkSummary network, String mentorName, String menteeName, String goals,
		String deficitsNote, List<RiskFactorView> factors, List<String> subjects, List<DeficitOption> factorOptions,
		List<SubjectOption> subjectOptions, List<ActivityView> activities, List<KindView> kinds, Participants totals,
		Long programmeYearId, boolean roadMapVisible, long version, boolean canWork, boolean canNote,
		boolean canManage) {

	/**
	 * A risk factor of the mentee: its significance in the profile and whether it is
	 * chosen.
	 */
	public record DeficitOption(RiskFactorView factor, String significance, boolean chosen, boolean selected) {

	}

	/**
	 * A subject with the share of «2» of the mentee and the mentor in their latest year.
	 */
	public record SubjectOption(String subject, Double menteeShare, Double mentorShare, boolean selected) {

	}

}
