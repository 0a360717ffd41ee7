package ru.opora.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RoadMapItemRepository extends JpaRepository<RoadMapItem, Long> {

	@Query("select i from RoadMapItem i where i.id = ?1 and i.roadMapId = ?2")
	Optional<RoadMapItem> findInMap(Long itemId, Long roadMapId);

	/**
	 * Locks every row of a road map, in the order of their ids (two moves never wait for
	 * each other crosswise). A move takes these locks before it reads any row, so it
	 * reads the versions that cell saves committed meanwhile and its writes never
	 * conflict with them.
	 */
	@Query(value = "select id from road_map_item where road_map_id = ?1 order by id for update", nativeQuery = true)
	List<Long> lockRowsOf(Long roadMapId);

	@Query("select coalesce(max(i.position), 0) from RoadMapItem i where i.sectionId = ?1")
	int maxPosition(Long sectionId);

	/**
	 * Makes room after a position (positions are not versioned: moving never conflicts).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RoadMapItem i set i.position = i.position + 1 where i.sectionId = ?1 and i.position > ?2")
	int shiftAfter(Long sectionId, int position);

	@Query("select i from RoadMapItem i where i.sectionId = ?1 and i.deletedAt is null order by i.position, i.id")
	List<RoadMapItem> liveInSection(Long sectionId);

	@Query("""
			select i from RoadMapItem i where i.sectionId = ?1 and i.deletedAt is null and i.position < ?2
			order by i.position desc, i.id desc limit 1""")
	Optional<RoadMapItem> previous(Long sectionId, int position);

	@Query("""
			select i from RoadMapItem i where i.sectionId = ?1 and i.deletedAt is null and i.position > ?2
			order by i.position asc, i.id asc limit 1""")
	Optional<RoadMapItem> next(Long sectionId, int position);

	@Query("""
			select i from RoadMapItem i where i.roadMapId = ?1 and i.deletedAt is not null and i.deletedBy = ?2
			order by i.deletedAt desc, i.id desc limit 1""")
	Optional<RoadMapItem> lastDeletedBy(Long roadMapId, String username);

}
