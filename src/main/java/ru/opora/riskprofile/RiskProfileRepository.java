package ru.opora.riskprofile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskProfileRepository extends JpaRepository<RiskProfile, Long> {

	Optional<RiskProfile> findByProgrammeYearIdAndSchoolId(Long programmeYearId, Long schoolId);

	List<RiskProfile> findByProgrammeYearId(Long programmeYearId);

}
