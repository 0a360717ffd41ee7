package ru.opora.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long>, JpaSpecificationExecutor<School> {

	@Override
	@EntityGraph(attributePaths = { "municipality", "municipality.region" })
	Page<School> findAll(Specification<School> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "municipality", "municipality.region" })
	List<School> findAll(Specification<School> specification, Sort sort);

	// a fetch join, not an entity graph: Hibernate caches the interpretation of this
	// query, while a query with an
	// applied entity graph was translated to SQL anew on each call (a fifth of a school
	// card's CPU)
	@Query("select s from School s join fetch s.municipality m join fetch m.region where s.id = ?1")
	Optional<School> findWithMunicipalityById(Long id);

	@Query("select count(s) > 0 from School s where s.municipality.id = ?1 and lower(s.name) = lower(?2) and s.id <> ?3")
	boolean nameTaken(Long municipalityId, String name, Long exceptId);

	@Query("""
			select new ru.opora.schools.SchoolOption(s.id, s.shortName, m.id)
			from School s join s.municipality m where m.id = ?1 order by s.shortName""")
	List<SchoolOption> optionsOf(Long municipalityId);

	@Query("""
			select new ru.opora.schools.SchoolOption(s.id, s.shortName, m.id)
			from School s join s.municipality m order by m.name, s.shortName""")
	List<SchoolOption> allOptions();

	@Query("""
			select new ru.opora.schools.MunicipalityStats(m.id, m.name, count(s),
				coalesce(sum(case when s.settlement = ru.opora.schools.Settlement.RURAL then 1 else 0 end), 0),
				coalesce(sum(case when s.smallSchool = true then 1 else 0 end), 0),
				coalesce(sum(s.students), 0), coalesce(sum(s.teachers), 0))
			from Municipality m left join School s on s.municipality = m
			where m.region.id = ?1 group by m.id, m.name order by m.name""")
	List<MunicipalityStats> statsOfRegion(Long regionId);

	String FACTS = """
			select new ru.opora.schools.SchoolFacts(s.id, s.name, s.shortName, m.id, m.name, m.region.id, s.settlement,
				s.distanceKm, s.smallSchool, s.students)
			from School s join s.municipality m""";

	@Query(FACTS + " order by s.shortName, s.id")
	List<SchoolFacts> allFacts();

	@Query(FACTS + " where m.region.id = ?1 order by s.shortName, s.id")
	List<SchoolFacts> factsOfRegion(Long regionId);

	@Query(FACTS + " where m.id = ?1 order by s.shortName, s.id")
	List<SchoolFacts> factsOfMunicipality(Long municipalityId);

	@Query(FACTS + " where s.id in ?1 order by s.shortName, s.id")
	List<SchoolFacts> factsOf(java.util.Collection<Long> schoolIds);

	@Query("""
			select new ru.opora.schools.SchoolPlace(s.id, s.name, s.shortName, s.type, m.id, m.region.id, s.settlement, s.distanceKm,
				s.students, s.latitude, s.longitude)
			from School s join s.municipality m where s.id in ?1 order by s.shortName, s.id""")
	List<SchoolPlace> placesOf(java.util.Collection<Long> schoolIds);

}
