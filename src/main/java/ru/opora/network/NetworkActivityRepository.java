package ru.opora.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkActivityRepository extends JpaRepository<NetworkActivity, Long> {

	@EntityGraph(attributePaths = "files")
	List<NetworkActivity> findByPairIdOrderByPlannedOnAscIdAsc(Long pairId);

	@EntityGraph(attributePaths = "files")
	List<NetworkActivity> findByPairIdInOrderByPlannedOnAscIdAsc(Collection<Long> pairIds);

	@EntityGraph(attributePaths = "files")
	@Query("""
			select a from NetworkActivity a where a.pairId in ?1 and a.status <> ru.opora.network.ActivityStatus.CANCELLED
			and coalesce(a.heldOn, a.plannedOn) between ?2 and ?3 order by coalesce(a.heldOn, a.plannedOn), a.id""")
	List<NetworkActivity> inPeriod(Collection<Long> pairIds, LocalDate from, LocalDate to);

}
