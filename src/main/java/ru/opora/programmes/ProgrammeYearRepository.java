package ru.opora.programmes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeYearRepository extends JpaRepository<ProgrammeYear, Long> {

	List<ProgrammeYear> findByMunicipalityIdOrderByYearDescIdDesc(Long municipalityId);

	List<ProgrammeYear> findByMunicipalityIdInOrderByYearDescIdDesc(Collection<Long> municipalityIds);

	@Query("select distinct p from ProgrammeYear p join p.participantIds s where s in ?1 order by p.year desc, p.id desc")
	List<ProgrammeYear> findWithAnyParticipant(Collection<Long> schoolIds);

	boolean existsByMunicipalityIdAndTitleIgnoreCase(Long municipalityId, String title);

}
