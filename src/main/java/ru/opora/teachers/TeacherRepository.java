package ru.opora.teachers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeacherRepository extends JpaRepository<Teacher, Long> {

	@Query("select t from Teacher t where t.schoolId = :schoolId and t.nameKey = :nameKey"
			+ " and t.mainSubject = :mainSubject and t.anonymisedAt is null")
	Optional<Teacher> findByKey(Long schoolId, String nameKey, String mainSubject);

	@Query("select distinct t from Teacher t left join fetch t.subjects where t.schoolId = :schoolId"
			+ " order by t.fullName, t.id")
	List<Teacher> findWithSubjects(Long schoolId);

	@Query("select distinct t from Teacher t left join fetch t.subjects where t.schoolId in :schoolIds"
			+ " and t.anonymisedAt is null")
	List<Teacher> findWithSubjectsIn(java.util.Collection<Long> schoolIds);

	@Query("select t from Teacher t where t.leftOn <= :before and t.anonymisedAt is null order by t.id")
	List<Teacher> departedBefore(java.time.LocalDate before);

}
