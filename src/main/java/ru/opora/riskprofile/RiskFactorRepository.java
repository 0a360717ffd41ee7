package ru.opora.riskprofile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskFactorRepository extends JpaRepository<RiskFactor, Long> {

	/**
	 * The catalogue in force for a programme year: the newest catalogue year not after
	 * it.
	 */
	@Query("""
			select f from RiskFactor f where f.active = true and f.catalogueYear =
			  (select max(g.catalogueYear) from RiskFactor g where g.catalogueYear <= ?1)
			order by f.number""")
	List<RiskFactor> catalogueFor(int year);

}
