package ru.opora.teachers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeacherDiagnosticRepository extends JpaRepository<TeacherDiagnostic, Long> {

	Optional<TeacherDiagnostic> findByTeacherIdAndAcademicYear(Long teacherId, int academicYear);

	@Query("select distinct d from TeacherDiagnostic d left join fetch d.scores where d.teacherId = :teacherId"
			+ " order by d.academicYear desc")
	List<TeacherDiagnostic> findByTeacher(Long teacherId);

}
