package ru.opora.teachers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeacherRepository extends JpaRepository<Teacher, Long> {

	@Query("select t from Teacher t where t.schoolId = :schoolId and t.nameKey = :nameKey"
			+ " and t.mainSubject = :mainSubject and t.anonymisedAt is null")
	Optional<Teacher> findByKey(Long schoolId, String nameKey, String mainSubject);

	List<Teacher> findBySchoolIdOrderByFullNameAscIdAsc(Long schoolId);

}
