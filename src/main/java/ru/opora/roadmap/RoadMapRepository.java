package ru.opora.roadmap;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RoadMapRepository extends JpaRepository<RoadMap, Long> {

	@Query("select m.id from RoadMap m where m.programmeYearId = ?1 and m.schoolId is null")
	Optional<Long> municipalOf(Long programmeYearId);

	@Query("select m.id from RoadMap m where m.programmeYearId = ?1 and m.schoolId = ?2")
	Optional<Long> schoolOf(Long programmeYearId, Long schoolId);

	/**
	 * Notes activity on a road map (monitoring's «последняя активность»).
	 */
	@Modifying
	@Query("update RoadMap m set m.lastActivityAt = ?2 where m.id = ?1")
	int touch(Long roadMapId, Instant at);

}
