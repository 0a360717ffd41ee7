package ru.opora.schools;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, Long> {

	@Query("select new ru.opora.schools.RegionOption(r.id, r.name) from Region r order by r.name")
	List<RegionOption> allOptions();

}
