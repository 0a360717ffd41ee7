package ru.opora.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoadMapSectionRepository extends JpaRepository<RoadMapSection, Long> {

	@Query("select s from RoadMapSection s where s.id = ?1 and s.roadMapId = ?2")
	Optional<RoadMapSection> findInMap(Long sectionId, Long roadMapId);

	List<RoadMapSection> findByRoadMapIdOrderByPositionAscIdAsc(Long roadMapId);

}
