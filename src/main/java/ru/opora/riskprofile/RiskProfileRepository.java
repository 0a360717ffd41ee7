package ru.opora.riskprofile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskProfileRepository extends JpaRepository<RiskProfile, Long> {

	Optional<RiskProfile> findByProgrammeYearIdAndSchoolId(Long programmeYearId, Long schoolId);

	List<RiskProfile> findByProgrammeYearId(Long programmeYearId);

	List<RiskProfile> findByProgrammeYearIdAndSchoolIdIn(Long programmeYearId, Collection<Long> schoolIds);

	/**
	 * How many of these schools have a profile of the year, and how many of those are
	 * confirmed by the school and its curator.
	 */
	@Query("""
			select count(p), coalesce(sum(case when p.schoolConfirmedAt is not null and p.curatorConfirmedAt is not null
			then 1 else 0 end), 0) from RiskProfile p where p.programmeYearId = ?1 and p.schoolId in ?2""")
	List<Object[]> counts(Long programmeYearId, Collection<Long> schoolIds);

	@org.springframework.data.jpa.repository.Query("""
			select p.schoolId, f.riskFactorId, f.significance from RiskProfile p join p.factors f
			where p.programmeYearId = ?1 and p.schoolId in ?2""")
	List<Object[]> significances(Long programmeYearId, java.util.Collection<Long> schoolIds);

}
