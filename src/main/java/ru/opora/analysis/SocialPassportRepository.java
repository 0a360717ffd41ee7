package ru.opora.analysis;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SocialPassportRepository extends JpaRepository<SocialPassport, Long> {

	Optional<SocialPassport> findBySchoolIdAndYear(Long schoolId, int year);

	List<SocialPassport> findBySchoolIdOrderByYear(Long schoolId);

}
