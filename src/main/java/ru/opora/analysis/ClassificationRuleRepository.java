package ru.opora.analysis;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassificationRuleRepository extends JpaRepository<ClassificationRule, Long> {

	Optional<ClassificationRule> findByRegionId(Long regionId);

	@Query("select r from ClassificationRule r where r.regionId is null")
	Optional<ClassificationRule> findDefault();

}
