package ru.opora.programmes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeYearRepository extends JpaRepository<ProgrammeYear, Long> {

	List<ProgrammeYear> findByMunicipalityIdOrderByYearDescIdDesc(Long municipalityId);

	boolean existsByMunicipalityIdAndTitleIgnoreCase(Long municipalityId, String title);

}
