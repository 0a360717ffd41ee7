package ru.opora.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

	@Query("""
			select new ru.opora.schools.MunicipalityOption(m.id, m.name, r.id, r.name)
			from Municipality m join m.region r order by r.name, m.name""")
	List<MunicipalityOption> allOptions();

	@Query("""
			select new ru.opora.schools.MunicipalityOption(m.id, m.name, r.id, r.name)
			from Municipality m join m.region r where m.id = ?1""")
	Optional<MunicipalityOption> findOption(Long id);

}
