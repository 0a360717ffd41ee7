package ru.opora.teachers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompetenceAreaRepository extends JpaRepository<CompetenceArea, Long> {

	List<CompetenceArea> findAllByOrderByPositionAscIdAsc();

	List<CompetenceArea> findByActiveTrueOrderByPositionAscIdAsc();

}
