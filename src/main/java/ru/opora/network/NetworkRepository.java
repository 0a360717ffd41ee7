package ru.opora.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, Long> {

	Optional<Network> findByProgrammeYearId(Long programmeYearId);

	List<Network> findByMunicipalityIdInOrderByIdDesc(Collection<Long> municipalityIds);

	@Query("select distinct n from Network n join n.members m where m.schoolId in ?1 order by n.id desc")
	List<Network> findWithMember(Collection<Long> schoolIds);

}
