package ru.opora.network;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkPairRepository extends JpaRepository<NetworkPair, Long> {

	List<NetworkPair> findByNetworkIdOrderByIdAsc(Long networkId);

	@Query("select p from NetworkPair p where p.networkId = ?1 and p.endedAt is null order by p.id")
	List<NetworkPair> active(Long networkId);

	@Query("""
			select p from NetworkPair p where p.endedAt is null
			and (p.mentorSchoolId in ?1 or p.menteeSchoolId in ?1) order by p.id""")
	List<NetworkPair> activeInvolving(Collection<Long> schoolIds);

}
