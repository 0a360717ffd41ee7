package ru.opora.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRuleRepository extends JpaRepository<NetworkRule, Long> {

	List<NetworkRule> findByNetworkIdOrderByIdAsc(Long networkId);

	boolean existsByNetworkIdAndKindAndSchoolIdAndOtherSchoolId(Long networkId, RuleKind kind, Long schoolId,
			Long otherSchoolId);

}
