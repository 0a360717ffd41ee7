package ru.opora.teachers;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssociationRepository extends JpaRepository<Association, Long> {

	List<Association> findByMunicipalityIdInOrderByNameAscIdAsc(Collection<Long> municipalityIds);

	List<Association> findAllByOrderByNameAscIdAsc();

	@Query("select count(a) > 0 from Association a where a.municipalityId = :municipalityId"
			+ " and lower(a.name) = lower(:name) and (:exceptId is null or a.id <> :exceptId)")
	boolean nameTaken(Long municipalityId, String name, Long exceptId);

	@Query("select distinct a from Association a join a.members m where m.teacherId = :teacherId order by a.name")
	List<Association> findByMember(Long teacherId);

}
