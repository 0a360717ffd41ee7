package ru.opora.teachers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	List<Enrolment> findByTeacherIdOrderByCreatedAtDescIdDesc(Long teacherId);

	List<Enrolment> findByCourseIdOrderByIdAsc(Long courseId);

	Optional<Enrolment> findByCourseIdAndTeacherId(Long courseId, Long teacherId);

	boolean existsByCourseId(Long courseId);

}
