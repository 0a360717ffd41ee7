package ru.opora.riskprofile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskProfileRepository extends JpaRepository<RiskProfile, Long> {

	Optional<RiskProfile> findByProgrammeYearIdAndSchoolId(Long programmeYearId, Long schoolId);

	List<RiskProfile> findByProgrammeYearId(Long programmeYearId);

	@org.springframework.data.jpa.repository.Query("""
			select p.schoolId, f.riskFactorId, f.significance from RiskProfile p join p.factors f
			where p.programmeYearId = ?1 and p.schoolId in ?2""")
	List<Object[]> significances(Long programmeYearId, java.util.Collection<Long> schoolIds);

}
