package ru.opora.teachers;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

	List<Course> findByMunicipalityIdInOrderByActiveDescStartsOnDescTitleAsc(Collection<Long> municipalityIds);

	List<Course> findByMunicipalityIdAndActiveTrueOrderByTitleAsc(Long municipalityId);

	List<Course> findByMunicipalityIdOrderByTitleAsc(Long municipalityId);

}
