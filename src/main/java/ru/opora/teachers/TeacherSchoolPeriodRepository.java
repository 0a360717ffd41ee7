package ru.opora.teachers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeacherSchoolPeriodRepository extends JpaRepository<TeacherSchoolPeriod, Long> {

	List<TeacherSchoolPeriod> findByTeacherIdOrderByFromDateAscIdAsc(Long teacherId);

	Optional<TeacherSchoolPeriod> findByTeacherIdAndToDateIsNull(Long teacherId);

}
