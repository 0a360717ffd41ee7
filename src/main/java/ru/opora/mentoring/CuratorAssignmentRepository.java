package ru.opora.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CuratorAssignmentRepository extends JpaRepository<CuratorAssignment, Long> {

	@Query("""
			select a.schoolId from CuratorAssignment a
			where a.curatorId = ?1 and a.startsOn <= ?2 and (a.endsOn is null or a.endsOn >= ?2)""")
	List<Long> activeSchoolIds(Long curatorId, LocalDate day);

	@Query("select a from CuratorAssignment a where a.schoolId in ?1 order by a.endsOn nulls first, a.startsOn desc, a.id")
	List<CuratorAssignment> findBySchools(Collection<Long> schoolIds);

	@Query(value = """
			select a.* from curator_assignment a join school s on s.id = a.school_id
			where s.municipality_id = ?1 and a.starts_on <= ?2 and (a.ends_on is null or a.ends_on >= ?2)""",
			nativeQuery = true)
	List<CuratorAssignment> activeInMunicipality(Long municipalityId, LocalDate day);

	@Query("select a from CuratorAssignment a where a.curatorId = ?1 order by a.endsOn nulls first, a.startsOn desc")
	List<CuratorAssignment> findByCurator(Long curatorId);

	@Query("select count(a) > 0 from CuratorAssignment a where a.curatorId = ?1 and a.schoolId = ?2 and a.endsOn is null")
	boolean openExists(Long curatorId, Long schoolId);

}
