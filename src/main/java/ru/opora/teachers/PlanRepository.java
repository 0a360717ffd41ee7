package ru.opora.teachers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	Optional<Plan> findByTeacherIdAndAcademicYear(Long teacherId, int academicYear);

	List<Plan> findByTeacherIdOrderByAcademicYearDesc(Long teacherId);

}
